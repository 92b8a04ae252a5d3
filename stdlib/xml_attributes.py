"""An xmlNode's attributes (`node..Attribute` / `..Attribut`): the xmlAttribute type.
Not a family: the attributes are reached through an xmlNode (stdlib/xml_nodes.py).

Each attribute has `..Name`/`..Nom` and `..Value`/`..Valeur` (its text, also as the
value itself); `..Attribute` is an array of them (`..Occurrence`, `[i]`, FOR EACH) that
a name indexes too (`..Attribut["nom"]`, as real code writes it), for reading and for
writing (docs/builtins.md "An xmlNode's attributes by name").
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from wlinterp.errors import WLRuntimeError
from wlinterp.runtime import values as V
from wlinterp.runtime.types import VARIANT, WLArray
from wlinterp.syntax.names import fold


def same_name(name: str, written: str) -> bool:
    """Is the document's element or attribute `name` the one the code `written`: the
    local name compared ignoring case and accents, as members are; a namespace prefix
    compared as written (XML is case-sensitive: `xmlns:a` and `xmlns:A` are two
    prefixes; INFERRED, docs/builtins.md "XML namespace prefixes")."""
    prefix, _, local = name.rpartition(":")
    written_prefix, _, written_local = written.rpartition(":")
    return prefix == written_prefix and fold(local) == fold(written_local)


class XMLAttributes(WLArray):
    """`node..Attribute`: the element's attributes in the document's order, indexed by
    rank (`[1]`) or by name (`["nom"]`, compared as members are: same_name). `node`: the
    xmlNode, which sets an attribute (creating its element when absent)."""

    def __init__(self, node: Any, el: ET.Element | None) -> None:
        attrib = el.attrib if el is not None else {}
        super().__init__(VARIANT, [XMLAttribute(k, v, node) for k, v in attrib.items()])
        self.node = node

    def get(self, *idx: object) -> object:
        name = _named(idx)
        if name is None:
            return super().get(*idx)
        found = next((a for a in self.items
                      if isinstance(a, XMLAttribute) and same_name(a.name, name)), None)
        return found if found is not None else XMLAttribute(name, "", self.node, False)

    def key_exists(self, key: object) -> bool:
        """`node..Attribute["id"]..Exist` (runtime access.exists): has the element that
        attribute; `[2]..Exist`: has it a second one."""
        if _named((key,)) is None:
            return 1 <= V.to_int(key) <= len(self.items)
        found = self.get(key)
        return isinstance(found, XMLAttribute) and found.exists

    def set(self, value: object, *idx: object) -> None:
        """`node..Attribute["id"] = v`: the attribute set (added when absent); by rank,
        the value of the attribute of that rank."""
        attr = self.get(*idx)
        if isinstance(attr, XMLAttribute):
            attr.wl_set_prop("value", value)
        else:
            super().set(value, *idx)


def _named(idx: tuple[object, ...]) -> str | None:
    """The attribute name of a subscript written as a text that is no number (`["id"]`),
    else None (a rank)."""
    if len(idx) == 1 and isinstance(idx[0], str) and not idx[0].strip().isdigit():
        return idx[0]
    return None


class XMLAttribute:
    """One of `node..Attribute`: `..Name`/`..Nom`, `..Value`/`..Valeur` and `..Exist`/
    `..Existe` (False for a name the element does not have: it reads as "")."""

    wl_type_name = "xmlAttribute"

    def __init__(self, name: str, value: str, node: Any = None, exists: bool = True) -> None:
        self.name, self.value, self.node, self.exists = name, value, node, exists

    def wl_prop(self, name: str) -> object:
        if name in ("name", "nom"):
            return self.name
        if name in ("value", "valeur", "text", "texte"):
            return self.value
        if name in ("exist", "existe"):
            return self.exists
        raise WLRuntimeError(f"An xmlAttribute has no property '{name}'.")

    wl_get = wl_prop

    def wl_set_prop(self, name: str, value: object) -> None:
        """`attr..Value = v`: the element's attribute set (added when absent)."""
        if name not in ("value", "valeur", "text", "texte") or self.node is None:
            raise WLRuntimeError(f"The property '{name}' of an xmlAttribute cannot be changed.")
        self.node.set_attribute(self.name, value)
        self.value, self.exists = V.to_str(value), True

    def wl_text(self) -> str:
        return self.value

    def wl_num(self) -> int | float:
        """In arithmetic its value read as a number (`attr * 2`), as an xmlNode's text is
        (INFERRED, docs/builtins.md "An xmlNode's attributes by name")."""
        return V.val(self.value.strip())

    def wl_json_form(self) -> str:
        """In JSON (a JSON member or Variant given `node:id`) its value, a text."""
        return self.value
