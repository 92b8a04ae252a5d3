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

A text in another layout reads as holding no parameter (any `Parameter` element with a
`name` counts, wherever it is). A paramString text is changed in memory: the string
variable given to InitParameter keeps its value, and the next InitParameter gives the
changed text back after the TAB of its result, for the program to keep.
"""
from __future__ import annotations

__all__ = ["parse", "render", "load_file", "save_file"]

import os
import xml.etree.ElementTree as ET

from .xml_parse import parse_xml

_ROOT, _SECTION, _ENTRY = "Parameters", "Global", "Parameter"


def parse(text: str) -> dict[str, str]:
    """The parameters an XML text holds (name -> value); "" holds none. ValueError for
    a text that is not XML (with the line and column expat gives)."""
    if not text.strip():
        return {}
    found: dict[str, str] = {}
    for element in parse_xml(text).iter(_ENTRY):
        name = element.get("name")
        if name is not None:
            found[name] = element.text or ""
    return found


def render(values: dict[str, str]) -> str:
    """The XML text of `values`, in the layout above."""
    root = ET.Element(_ROOT)
    section = ET.SubElement(root, _SECTION)
    for name, value in values.items():
        ET.SubElement(section, _ENTRY, name=name).text = value
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


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
