"""XML text and files: XMLBuildString/XMLConstruitChaîne, XMLSave/XMLSauve (of an
xmlDocument, an xmlNode or a named document) and XMLExtractString/XMLExtraitChaîne.

The text is written as PC SOFT's runtime writes it (xml_writer.build_string). The
declaration names the encoding XMLBuildString's third argument asks for (the values of
PC SOFT's runtime: XMLEncodingUTF8 2, XMLEncodingUTF16 3, XMLEncodingISO8859_1 6 ... _9
14; XMLEncodingNone 1 leaves the encoding out; the English names are UNVERIFIED);
XMLSave writes the file in the encoding the declaration names.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.registry import Family, TextArg
from .strings import text_arg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .paths import failure, native_path
from .xml_chars import XMLCharError
from .xml_documents import XMLDocument, XMLNode
from .xml_writer import DECLARATION, build_string

family = Family("XML")

NO_HEADER = family.constant("XMLNoHeader", "XMLSansEntête", 2)
CURRENT_POSITION = family.constant("XMLCurrentPosition", "XMLPositionCourante", 1)


def document_text(rt: Runtime, doc: object, options: object, fname: str,
                  encoding: object = None) -> str:
    """The text of an xmlDocument, an xmlNode or a named document (XMLDocument); a text
    XML 1.0 cannot hold in it stops the program, in words (xml_chars.py)."""
    try:
        return build_string(*_start_and_header(rt, doc, options, fname, encoding))
    except XMLCharError as exc:
        raise WLRuntimeError(f"{fname}: {exc}.") from None


def _start_and_header(rt: Runtime, doc: object, options: object, fname: str,
                      encoding: object = None) -> tuple[ET.Element | None, str | None]:
    """Where the text of an xmlDocument, an xmlNode or a named document (XMLDocument)
    starts, and its declaration: with XMLNoHeader, none; with XMLCurrentPosition, from a
    named document's current element; `encoding`: what the declaration says."""
    n = V.to_int(options) if options is not None else 0
    header: str | None = None if n & NO_HEADER else DECLARATION
    start = None
    if isinstance(doc, XMLDocument):
        start = doc.root
        if header is not None and doc.header:
            header = doc.header  # the source's own declaration, as a named document's
    elif isinstance(doc, XMLNode):
        start = doc.element
    else:
        from .xml_named_docs import handle_document
        named = handle_document(rt, doc, fname)
        if header is not None and named.header:
            header = named.header  # the source's own declaration
        start = named.element if n & CURRENT_POSITION and named.element is not None \
            else named.root
    if header is not None and encoding is not None:
        header = _with_encoding(header, encoding, fname)
    return start, header

ENCODING_NONE = family.constant("XMLEncodingNone", "XMLEncodageAucun", 1)
_ENCODINGS = {ENCODING_NONE: "", family.constant("XMLEncodingUTF8", "XMLEncodageUTF8", 2): "UTF-8",
              family.constant("XMLEncodingUTF16", "XMLEncodageUTF16", 3): "UTF-16",
              **{family.constant(f"XMLEncodingISO8859_{i}", f"XMLEncodageIso8859_{i}", 5 + i):
                 f"ISO-8859-{i}" for i in range(1, 10)}}


def _with_encoding(header: str, encoding: object, fname: str) -> str:
    """The declaration saying `encoding` (an XMLEncoding... constant or a name)."""
    if isinstance(encoding, int) and not isinstance(encoding, bool):
        if encoding not in _ENCODINGS:
            raise WLRuntimeError(f"{fname}: {encoding} is no XMLEncoding... constant.")
        name = _ENCODINGS[encoding]
    else:
        name = V.to_str(encoding).strip()
    header = re.sub(r"""\s+encoding\s*=\s*("[^"]*"|'[^']*')""", "", header)
    return header.replace("?>", f' encoding="{name}"?>', 1) if name else header


@family.function("XMLBuildString", "XMLConstruitChaîne")
def xml_build_string(rt: Runtime, doc: object, options: object = None,
                     encoding: object = None) -> str:
    """The XML text of a document (an xmlDocument, an xmlNode or a document's name); the
    declaration says `encoding` when it is given."""
    return document_text(rt, doc, options, "XMLBuildString", encoding)


@family.function("XMLSave", "XMLSauve", can_fail=True)
def xml_save(rt: Runtime, doc: object, path: TextArg, options: object = None) -> bool:
    """Writes the document's text to a file, in the encoding its declaration names
    (UTF-8 by default); False and ErrorOccurred when the file cannot be written or the
    document holds a text XML 1.0 cannot hold (xml_chars.py)."""
    shown = text_arg(path, "XMLSave")
    try:
        text = build_string(*_start_and_header(rt, doc, options, "XMLSave"))
    except XMLCharError as exc:  # (the file is not written)
        raise BuiltinFailure(f"XMLSave: cannot write '{shown}': {exc}.", value=False) from None
    declared = re.search(r'<\?xml[^>]*encoding="([^"]+)"', text[:200])
    encoding = declared.group(1) if declared else "utf-8"
    try:
        "".encode(encoding)
    except LookupError:
        encoding = "utf-8"
    try:
        with open(native_path(shown), "w", encoding=encoding, errors="xmlcharrefreplace",
                  newline="\r\n") as f:
            f.write(text)
    except OSError as exc:
        raise failure("XMLSave", "write", shown, exc, False) from None
    return True


@family.function("XMLExtractString", "XMLExtraitChaîne")
def xml_extract_string(rt: Runtime, text: object, tag: object, rank: object = 1) -> str:
    """The content of the `rank`-th element `<tag>` of an XML text, searched as text
    (the text need not be a whole document); "" when there is none."""
    s, name, n = V.to_str(text), V.to_str(tag), V.to_int(rank)
    start, found = 0, ""
    for _ in range(max(n, 1)):
        opening = _find_opening(s, name, start)
        if opening is None:
            return ""
        content = opening[1]
        if s[content - 2] == "/":  # <tag/>: empty
            start, found = content, ""
            continue
        end = s.find(f"</{name}>", content)
        if end < 0:
            return ""
        start, found = end + len(name) + 3, s[content:end]
    return found


def _find_opening(s: str, name: str, start: int) -> tuple[int, int] | None:
    """(position of `<name ...>`, position after it) from `start`, or None."""
    at = s.find(f"<{name}", start)
    while at >= 0:
        after = at + len(name) + 1
        if after < len(s) and s[after] in "> \t\r\n/":
            close = s.find(">", after)
            return (at, close + 1) if close >= 0 else None
        at = s.find(f"<{name}", after)
    return None
