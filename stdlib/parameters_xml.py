"""The XML forms of the parameters store: InitParameter(paramXML, file) keeps the
parameters LoadParameter, SaveParameter and DeleteParameter use in an XML file,
InitParameter(paramString, text) in an XML text the run holds (help page ?3025044).

The page gives neither layout; *decided* (docs/builtins.md "InitParameter"): one element
a parameter, in the order written, under a `Global` element, as paramIni keeps them in
a section:

    <?xml version="1.0" encoding="UTF-8"?>
    <Parameters>
      <Global>
        <Parameter name="Theme">dark</Parameter>
      </Global>
    </Parameters>

A value XML 1.0 cannot hold as text (a control character such as Charact(1) or
Charact(0)) is written in base64 (its UTF-8), the element marked `encoding="base64"`;
a carriage return is written `&#13;` (a parser turns a raw one into a line feed). Before,
such a value made the file unreadable: every later save failed and every load gave its
default. A name XML cannot hold is refused by SaveParameter (non-fatal).

A text in another layout reads as holding no parameter (any `Parameter` element with a
`name` counts, wherever it is). A paramString text is changed in memory: the string
variable given to InitParameter keeps its value, and the next InitParameter gives the
changed text back after the TAB of its result, for the program to keep.
"""
from __future__ import annotations

__all__ = ["parse", "render", "load_file", "save_file", "name_refused"]

import os
import xml.etree.ElementTree as ET

from wlinterp.lazy_regex import lazy_compile

from .xml_parse import parse_xml

_ROOT, _SECTION, _ENTRY = "Parameters", "Global", "Parameter"
_ENCODING, _BASE64 = "encoding", "base64"
# a character XML 1.0 text cannot hold, even written as a reference
_NOT_XML = lazy_compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def name_refused(name: str) -> str | None:
    """Why a parameter's name cannot be kept in the XML layout (None: it can)."""
    bad = _NOT_XML.search(name)
    return None if bad is None else f"character {ord(bad.group()):#04x} cannot be kept in XML"


def parse(text: str) -> dict[str, str]:
    """The parameters an XML text holds (name -> value); "" holds none. ValueError for
    a text that is not XML (with the line and column expat gives)."""
    if not text.strip():
        return {}
    found: dict[str, str] = {}
    for element in parse_xml(text).iter(_ENTRY):
        name = element.get("name")
        if name is not None:
            found[name] = _value(element)
    return found


def _value(element: ET.Element) -> str:
    """An element's value: its text, or the text its base64 holds. ValueError for
    base64 that is not."""
    text = element.text or ""
    if element.get(_ENCODING) != _BASE64:
        return text
    import base64
    import binascii
    try:
        return base64.b64decode(text, validate=True).decode("utf-8", "surrogatepass")
    except (binascii.Error, UnicodeDecodeError) as exc:
        raise ValueError(f"the base64 value of '{element.get('name')}' is damaged "
                         f"({exc})") from None


def render(values: dict[str, str]) -> str:
    """The XML text of `values`, in the layout above."""
    root = ET.Element(_ROOT)
    section = ET.SubElement(root, _SECTION)
    for name, value in values.items():
        entry = ET.SubElement(section, _ENTRY, name=name)
        if _NOT_XML.search(value) is None:
            entry.text = value
            continue
        import base64
        entry.set(_ENCODING, _BASE64)
        entry.text = base64.b64encode(value.encode("utf-8", "surrogatepass")).decode("ascii")
    ET.indent(root)
    text = ET.tostring(root, "unicode").replace("\r", "&#13;")  # (raw, it reads as \n)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n"


def load_file(path: str) -> dict[str, str]:
    """The parameters of an XML file; a missing file holds none. OSError, ValueError."""
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8-sig") as fh:
        return parse(fh.read())


def save_file(path: str, values: dict[str, str]) -> None:
    """Write the parameters to an XML file (UTF-8). OSError, ValueError."""
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(render(values))
