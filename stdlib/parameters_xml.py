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

The store's logic lives here too: which XML store a call uses (`mode`), its values
(`store_values`), a name in any case (`store_key`) and a save or delete (`change`).
"""
from __future__ import annotations

__all__ = ["parse", "render", "load_file", "save_file", "name_refused", "mode", "store_values",
           "store_key", "change", "PARAM_XML", "PARAM_STRING"]

import os
import xml.etree.ElementTree as ET

from wlinterp.errors import BuiltinFailure
from wlinterp.runtime.state import Runtime

from .paths import failure
from .xml_chars import NOT_XML  # a character XML 1.0 text cannot hold, even as a reference
from .xml_parse import parse_xml

_ROOT, _SECTION, _ENTRY = "Parameters", "Global", "Parameter"
_ENCODING, _BASE64 = "encoding", "base64"
PARAM_XML, PARAM_STRING = 3, 4  # InitParameter's paramXML and paramString (stdlib/system.py)


def name_refused(name: str) -> str | None:
    """Why a parameter's name cannot be kept in the XML layout (None: it can)."""
    bad = NOT_XML.search(name)
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
        if NOT_XML.search(value) is None:
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


def mode(rt: Runtime, path: object) -> int:
    """paramXML or paramString when InitParameter chose one and the call names no file
    of its own (a third parameter names an INI file, as before); else 0."""
    chosen = rt.state.get("parameters.init")
    if path is None and chosen is not None and chosen[0] in (PARAM_XML, PARAM_STRING):
        return int(chosen[0])
    return 0


def store_values(rt: Runtime, kind: int, fname: str, fail: object) -> dict[str, str]:
    """The parameters of the XML store in use (a copy to change, for a file); a file
    that cannot be read, or holds no XML, is `fname`'s non-fatal failure (`fail`)."""
    if kind == PARAM_STRING:
        held: dict[str, str] = rt.state.setdefault("parameters.string", {})
        return held
    where = rt.state["parameters.init"][2]
    try:
        return load_file(where)
    except OSError as exc:
        raise failure(fname, "read", where, exc, fail) from None
    except ValueError as exc:
        raise BuiltinFailure(f"{fname}: '{where}' does not hold the XML of parameters: "
                             f"{exc}.", value=fail) from None


def store_key(values: dict[str, str], name: str) -> str:
    """The name under which `values` keeps the parameter `name`, in any case as the INI
    store finds it (the spelling first saved is kept); `name` itself when none."""
    if name in values:
        return name
    folded = name.casefold()
    return next((key for key in values if key.casefold() == folded), name)


def change(rt: Runtime, fname: str, kind: int, name: str, value: str | None) -> bool:
    """Save (`value`) or delete (None) a parameter of the XML store; False when a
    deleted one was not there, or the file cannot be read or written (non-fatal)."""
    where = "the paramString text" if kind == PARAM_STRING else rt.state["parameters.init"][2]
    refused = name_refused(name) if value is not None else None
    if refused is not None:
        raise BuiltinFailure(f"{fname}: invalid key name {name!r}: {refused}.", value=False)
    values = store_values(rt, kind, fname, False)
    name = store_key(values, name)
    if value is None and name not in values:
        return False
    if value is None:
        del values[name]
    else:
        values[name] = value
    if kind == PARAM_XML:
        try:
            save_file(where, values)
        except (OSError, ValueError) as exc:
            raise failure(fname, "write", where, exc, False) from None
    return True
