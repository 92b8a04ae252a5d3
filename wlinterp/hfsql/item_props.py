"""`File.Item..Property`: what the analysis says of an item (its name, caption, default
value, key type, size...), for an item of a data file or of a query's result
(docs/hfsql.md "Record buffer": item properties). The properties are those an Item
Description variable has (hfsql/describe.py), and the caption, that mean something
outside the IDE; they are read, not written."""
from __future__ import annotations

__all__ = ["ITEM_PROPERTIES", "item_property_of"]

from typing import Any

from .analysis import ItemDesc
from .describe import KEY_TYPE_CONSTANTS
from .itemtypes import default_of


def _default(item: ItemDesc) -> Any:
    """The value HReset gives the item (the analysis's default, Null where the item is
    Null by default)."""
    return default_of(item.type.kind, item.default, item.null_default)


# folded EN and FR names: the item's value of each property
ITEM_PROPERTIES: dict[str, Any] = {
    "name": lambda i: i.name, "nom": lambda i: i.name,
    "caption": lambda i: i.caption, "libelle": lambda i: i.caption,
    "defaultvalue": _default, "valeurdefaut": _default,
    "keytype": lambda i: KEY_TYPE_CONSTANTS[i.key], "typecle": lambda i: KEY_TYPE_CONSTANTS[i.key],
    "nullsupported": lambda i: i.null_allowed, "nullsupporte": lambda i: i.null_allowed,
    "nullautorise": lambda i: i.null_allowed,
    "size": lambda i: i.size, "taille": lambda i: i.size,
}


def item_property_of(item: ItemDesc, key: str) -> Any:
    """The property `key` (folded, one of ITEM_PROPERTIES) of the item."""
    return ITEM_PROPERTIES[key](item)
