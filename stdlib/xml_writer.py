"""Writing an XML document's elements as text, as PC SOFT's runtime writes them (for
XMLBuildString, XMLSave and a document used as text: xml_text.py, xml_documents.py):
the comments and instructions kept beside the elements put back where they were
(xml_markup.py), a text XML 1.0 cannot hold refused (xml_chars.py), the characters a
reader would not give back as written written as references. Not a family. (Split from
xml_documents.py, the document model.)
"""
from __future__ import annotations

__all__ = ["DECLARATION", "build_string", "whole_text"]

import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

from wlinterp.errors import WLRuntimeError
from wlinterp.lazy_regex import lazy_compile

from .xml_chars import NOT_XML, XMLCharError, refuse_not_xml
from .xml_markup import any_kept, at_end, before, cdata, epilog, prolog, with_cdata

DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'


def build_string(root: ET.Element | None, header: str | None = DECLARATION) -> str:
    """The text of a document as PC SOFT's runtime writes it: the XML declaration (None:
    without it) on its own line, then the elements with nothing added between them
    (`<x/>` when empty), then a line end. XMLCharError for a text XML 1.0 cannot hold."""
    body = prolog(root) + _element_text(root) + epilog(root) \
        if root is not None and root.tag else ""
    return (f"{header}\n" if header is not None else "") + body + "\n"


# Characters a reader would not give back as written, written as references: a CR in
# text (a reader turns CR LF into LF: "12 rue X" + CR + "75000 Paris" came back with LF
# alone, and XMLSave's CR LF line ends made it two LFs), and in an attribute the blanks
# a reader turns into spaces. As libxml2 writes them (INFERRED, docs/builtins.md "Line
# ends in XML").
_IN_TEXT = {"\r": "&#13;"}
_IN_ATTRIBUTE = {'"': "&quot;", "\r": "&#13;", "\n": "&#10;", "\t": "&#9;"}


def _element_text(root: ET.Element) -> str:
    """The element and what it holds (`<x/>` when it holds nothing), its children's tails
    between them. On a stack of its own, not by recursion: a document XMLOpen read nested
    3,000 deep opened, then XMLBuildString and XMLSave stopped with "Stack overflow".
    While no document holds notes (xml_markup.py), no element is looked up for them: the
    look-ups took half the time of writing a large document."""
    keep = any_kept()
    parts: list[str] = []
    raw: str | None = None  # the text parts[-1] writes, as held (None: no plain text)
    stack: list[tuple[ET.Element, bool]] = [(root, True)]  # (element, its opening?)
    while stack:
        el, opening = stack.pop()
        if opening:
            attrs = "".join(f' {k}="{_in_attribute(_attribute(el, k, v))}"'
                            for k, v in el.attrib.items()) if el.attrib else ""
            notes = ""
            if keep and el is not root:  # its comments, after the text before it
                parts[-1], notes = before(el, parts[-1], raw, _escaped)
            ending = at_end(el, "")[1] if keep else ""  # notes that end it: not <x/>
            if not el.text and len(el) == 0 and not ending:
                parts.append(f"{notes}<{el.tag}{attrs}/>")
            else:
                raw = _text(el, el.text)  # (its CDATA sections as read: xml_markup.py)
                parts += [f"{notes}<{el.tag}{attrs}>",
                          with_cdata(raw, cdata(el), _escaped) if keep else _escaped(raw)]
                stack.append((el, False))
                stack.extend((child, True) for child in reversed(el))
                continue
        else:
            ending_notes = ""
            if keep:
                parts[-1], ending_notes = at_end(el, parts[-1], raw, _escaped, cdata(el))
            parts.append(f"{ending_notes}</{el.tag}>")
        if el is not root:
            raw = _text(el, el.tail, "after ")
            parts.append(_escaped(raw))
    return "".join(parts)


def _escaped(text: str) -> str:
    """Text as written between tags (`&amp;`, `&lt;`, `&gt;`, a CR as `&#13;`); most
    texts hold none of them and are written as they are."""
    if "&" in text or "<" in text or ">" in text or "\r" in text:
        return escape(text, _IN_TEXT)
    return text


def _in_attribute(value: str) -> str:
    """An attribute's value as written between its quotes (_IN_ATTRIBUTE's characters
    as references, and `&`, `<`, `>`)."""
    if _PLAIN_ATTRIBUTE.search(value) is None:
        return value
    return escape(value, _IN_ATTRIBUTE)


_PLAIN_ATTRIBUTE = lazy_compile('[&<>"\r\n\t]')


def whole_text(root: ET.Element | None, what: str) -> str:
    """build_string's text of a document used as a value; a text XML 1.0 cannot hold in
    it stops the program, in words."""
    try:
        return build_string(root)
    except XMLCharError as exc:
        raise WLRuntimeError(f"{what}: {exc}.") from None


def _text(el: ET.Element, text: str | None, place: str = "of ") -> str:
    """An element's text or tail, refused when XML 1.0 cannot hold it (xml_chars.py;
    the words are made only then)."""
    if not text:
        return ""
    if NOT_XML.search(text) is None:
        return text
    return refuse_not_xml(text, f"the text {place}<{el.tag}>")


def _attribute(el: ET.Element, name: str, value: str) -> str:
    """An attribute's value, refused when XML 1.0 cannot hold it (xml_chars.py)."""
    if NOT_XML.search(value) is None:
        return value
    return refuse_not_xml(value, f"the attribute {name} of <{el.tag}>")
