"""Reading an XML text into elements, safely: expat with entity declarations refused
before they can expand and external entities never fetched; where and why a text was
refused, as ErrorInfo's sub-error. (Split from xml_documents.py, the document model.)
"""
from __future__ import annotations

__all__ = ["XMLRefused", "xml_sub_errors", "parse_xml", "declaration_of"]

import pyexpat
import re
import xml.etree.ElementTree as ET
from typing import Any

from .text_encodings import UTF16_BOMS, utf8_bytes_read
from .xml_markup import MarkupKeeper, has_notes

_UTF16_CHARS = tuple(bom.decode("latin-1") for bom in UTF16_BOMS)  # (in a held buffer)
_DECLARED = re.compile(r"""\s*(?:\ufeff|\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*["']([^"']+)""")


def declaration_of(source: str | bytes) -> str:
    """The document's own `<?xml ...?>` ("" when it has none), which XMLBuildString and
    XMLSave write back so that a document read in ISO-8859-1 is saved so, and one read in
    UTF-16 (its bytes start with a UTF-16 mark) in UTF-16: it was saved in UTF-8."""
    if isinstance(source, str):
        text = source[:400]
        raw = text.encode("latin-1", errors="replace") if text[:2] in _UTF16_CHARS \
            else b""  # (a UTF-16 buffer: its bytes)
    else:
        raw, text = source[:400], source[:200].decode("latin-1")
    head = raw[:len(raw) // 2 * 2].decode("utf-16", errors="replace") \
        if raw[:2] in UTF16_BOMS else text[:200]  # (the mark read)
    head = head.lstrip().removeprefix("\ufeff").removeprefix("\xef\xbb\xbf")
    end = head.find("?>")
    return head[:end + 2] if head.startswith("<?xml") and end > 0 else ""


def _utf8_declared(text: str) -> bool:
    """Does the document say UTF-8 (or nothing, UTF-8 being XML's default)?"""
    found = _DECLARED.match(text[:200])
    return found is None or found.group(1).strip().lower().replace("_", "-") in ("utf-8", "utf8")


class XMLRefused(ValueError):
    """A document this library will not read (entity declarations)."""


def xml_sub_errors(exc: ValueError) -> tuple[tuple[str, int], ...]:
    """ErrorInfo's sub-error of a refused XML text: where and why (`line 1, column 12:
    mismatched tag.`, expat's number as its code), as a refused JSON text has (INFERRED,
    docs/builtins.md "Errors")."""
    cause = exc.__cause__ or exc.__context__
    if isinstance(cause, pyexpat.ExpatError):
        reason = pyexpat.ErrorString(cause.code) or "invalid XML"
        return ((f"line {cause.lineno}, column {cause.offset + 1}: {reason}.", cause.code),)
    return ((f"{exc}.", 1),) if isinstance(exc, XMLRefused) else ()


def parse_xml(text: str | bytes) -> ET.Element:
    """The root element of an XML text; expat errors (with their line) and refused
    constructs raise ValueError. Entity declarations are refused before they can be
    expanded, external entities are never fetched. A UTF-8 document given as its bytes
    (a buffer fLoadBuffer read) is read as UTF-8 (text_encodings.utf8_bytes_read): its
    "é" came back as "Ã©"."""
    if isinstance(text, str) and _utf8_declared(text):
        text = utf8_bytes_read(text)
    parser = pyexpat.ParserCreate()
    builder = ET.TreeBuilder()

    def refuse(*_: Any) -> Any:
        raise XMLRefused("entity declarations (<!ENTITY ...>) are not accepted")

    keeper = _kept_notes(parser, builder, text)
    close = keeper.close if keeper is not None else builder.close
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        parser.Parse(text, True)
        return close()
    except pyexpat.ExpatError as exc:  # columns counted from 1, as JSON's are
        raise ValueError(f"invalid XML ({pyexpat.ErrorString(exc.code)}: line {exc.lineno}, "
                         f"column {exc.offset + 1})") from exc  # xml_sub_errors reads exc
    except AssertionError:  # TreeBuilder: no element at all
        raise ValueError("invalid XML (no element)") from None
    except LookupError as exc:  # bytes whose declaration names no codec Python has
        # (encoding="UTF-1616"): expat asks codecs for it; it was an internal error
        unknown, _, name = str(exc).partition("unknown encoding: ")
        if unknown or not name or type(exc) is not LookupError:  # (a KeyError: a bug)
            raise
        raise ValueError(f"invalid XML (unknown encoding '{name}' in its declaration)") \
            from None


def _kept_notes(parser: Any, builder: ET.TreeBuilder, text: str | bytes) -> MarkupKeeper | None:
    """The keeper of the text's comments, instructions and CDATA sections
    (xml_markup.py), between expat and the builder; None for a text that holds none
    (`has_notes`, never wrong that way): its elements and texts go straight to the
    builder, which read a large document in about two thirds of the time."""
    if not has_notes(text):
        parser.StartElementHandler = builder.start
        parser.EndElementHandler = builder.end
        parser.CharacterDataHandler = builder.data
        return None
    keeper = MarkupKeeper(parser, builder, True)
    parser.StartElementHandler = keeper.start
    parser.EndElementHandler = keeper.end
    parser.CharacterDataHandler = keeper.data
    parser.CommentHandler = keeper.comment
    parser.ProcessingInstructionHandler = keeper.instruction
    parser.StartCdataSectionHandler = keeper.cdata_start
    parser.EndCdataSectionHandler = keeper.cdata_end
    return keeper
