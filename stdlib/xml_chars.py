"""The characters XML 1.0 cannot hold, and the refusal of a text that holds one.

XML 1.0 (section 2.2, "Char") allows tab, LF, CR and the characters from U+0020 on, less
the surrogates and U+FFFE/U+FFFF; the others (U+0000 to U+001F but those three) cannot
be in a document, neither written as they are nor as a character reference (`&#1;` is
not well-formed either): a document written with one was one no reader takes back, ours
(XMLOpen) included. A writer refuses it in words, naming the character and where it is
(*decided* 6 Dec 2026, FS, INFERRED: no PC SOFT page says what WINDEV writes;
docs/builtins.md "Control characters in XML").
"""
from __future__ import annotations

from wlinterp.lazy_regex import lazy_compile

__all__ = ["NOT_XML", "XMLCharError", "refuse_not_xml"]

# The one pattern of them: the XML writer, JSONToXML (json_xml.py) and the XML parameters
# store (parameters_xml.py) use it.
NOT_XML = lazy_compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class XMLCharError(ValueError):
    """A text XML 1.0 cannot hold; its words say which character and where."""


def refuse_not_xml(text: str, where: str) -> str:
    """`text` itself, or XMLCharError when it holds a character XML 1.0 cannot hold;
    `where` says whose text it is ("the text of <Name>", "the attribute id of <Row>")."""
    found = NOT_XML.search(text)
    if found is None:
        return text
    code = ord(found.group())
    raise XMLCharError(
        f"{where} holds the character U+{code:04X} (Charact({code})), which an XML 1.0 "
        "document cannot hold, neither as it is nor as a character reference: remove "
        "or replace it before writing the document")
