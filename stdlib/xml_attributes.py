"""An xmlNode's attributes (`node..Attribute` / `..Attribut`): the xmlAttribute type.
Not a family: the attributes are reached through an xmlNode (stdlib/xml_documents.py).

Each attribute has `..Name`/`..Nom` and `..Value`/`..Valeur` (its text, also as the
value itself); `..Attribute` is an array of them (`..Occurrence`, `[i]`, FOR EACH).
"""
from __future__ import annotations

from wlinterp.errors import WLRuntimeError


class XMLAttribute:
    """One of `node..Attribute`: `..Name`/`..Nom` and `..Value`/`..Valeur`."""

    wl_type_name = "xmlAttribute"

    def __init__(self, name: str, value: str) -> None:
        self.name, self.value = name, value

    def wl_prop(self, name: str) -> str:
        if name in ("name", "nom"):
            return self.name
        if name in ("value", "valeur", "text", "texte"):
            return self.value
        raise WLRuntimeError(f"An xmlAttribute has no property '{name}'.")

    wl_get = wl_prop

    def wl_text(self) -> str:
        return self.value
