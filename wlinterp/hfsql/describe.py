"""Data files described in code: `File Description` and `Item Description` variables
(FR Description de Fichier / Description de Rubrique), filled through their properties
and declared with HDescribeItem / HDescribeFile."""
from __future__ import annotations

__all__ = ["FileDescription", "ItemDescription", "ITEM_TYPE_CODES", "type_constant"]

import dataclasses
from typing import Any

from ..errors import WLRuntimeError
from ..runtime import values as V
from .analysis import DUPLICATES, NOT_KEY, UNIQUE, FileDesc, ItemDesc, element_name
from .itemtypes import ITEM_TYPES, ItemType

# hItem* constant value -> .xdd type code (the constants' values are wlinterp's own)
ITEM_TYPE_CODES = {1: 2, 2: 5, 3: 7, 4: 17, 5: 14, 6: 11, 7: 34, 8: 37, 9: 24, 10: 29,
                   11: 25, 12: 39, 13: 16}
_CONSTANT_OF_CODE = {code: constant for constant, code in ITEM_TYPE_CODES.items()}
_CONSTANT_OF_KIND: dict[str, int] = {"decimal": 3, "uuid": 1}  # (no constant of their own)
for _constant, _code in ITEM_TYPE_CODES.items():
    _CONSTANT_OF_KIND.setdefault(ITEM_TYPES[_code].kind, _constant)


def type_constant(item_type: ItemType) -> int:
    """The hItem... constant of an item's type (`Customer.Age..Type = hItemInt`): the one
    described by that type code, else the first of the code's kind (an integer on 2 bytes
    is hItemInt, a decimal hItemReal, a UUID hItemText: a query's column carries the code
    of the item it is named after); 0 for a type no constant describes."""
    exact = _CONSTANT_OF_CODE.get(item_type.code)
    if exact is not None:
        return exact
    known = ITEM_TYPES.get(item_type.code)
    return _CONSTANT_OF_KIND.get(known.kind if known else item_type.kind, 0)


# hNotAKey, hUniqueKey, hDuplicatesKey (HFConstant.h's 2060-2062), hPrimaryKey (2063: a
# unique key whose value is never NULL, KeyType page ?2512060: held as a unique key on an
# item that refuses NULL); stdlib/hfsql_connection.py declares them with these values, and
# HInfoItem and HListItem(..., hLstDetail) give an item's key type as one of them
NOT_A_KEY, UNIQUE_KEY, DUPLICATES_KEY, PRIMARY_KEY = 2060, 2061, 2062, 2063
KEY_TYPES = {NOT_A_KEY: NOT_KEY, UNIQUE_KEY: UNIQUE, DUPLICATES_KEY: DUPLICATES,
             PRIMARY_KEY: UNIQUE}
KEY_TYPE_CONSTANTS = {NOT_KEY: NOT_A_KEY, UNIQUE: UNIQUE_KEY, DUPLICATES: DUPLICATES_KEY}


class _Props:
    """wl_get / wl_set over a table of folded property names (EN and FR)."""

    _fields: dict[str, str] = {}
    _ints: frozenset[str] = frozenset()
    wl_type_name = ""

    def wl_get(self, name: str) -> Any:
        attr = self._fields.get(name)
        if attr is None:
            raise WLRuntimeError(f"a {self.wl_type_name} has no property '{name}'.")
        return getattr(self, attr)

    def wl_set(self, name: str, value: Any, ctx: Any = None) -> None:
        attr = self._fields.get(name)
        if attr is None:
            raise WLRuntimeError(f"a {self.wl_type_name} has no property '{name}'.")
        setattr(self, attr, V.to_int(value) if attr in self._ints else
                (V.to_bool(value) if attr == "null" else V.to_str(value)))


class ItemDescription(_Props):
    """`id is Item Description`: ..Name, ..Type (hItemText...), ..Size, ..KeyType,
    ..DefaultValue, ..NullSupported, ..Dimension (an array item's number of elements,
    1 by default: docs/hfsql.md "Array items")."""

    wl_type_name = "Item Description"
    _fields = {"name": "name", "nom": "name", "type": "type", "size": "size",
               "taille": "size", "keytype": "key", "typecle": "key",
               "defaultvalue": "default", "valeurdefaut": "default",
               "nullsupported": "null", "nullautorise": "null", "nullallowed": "null",
               "dimension": "dimension"}
    _ints = frozenset({"type", "size", "key", "dimension"})

    def __init__(self, rt: Any = None) -> None:
        self.name, self.type, self.size, self.key = "", 1, 0, NOT_A_KEY
        self.default, self.null = "", False
        self.dimension = 1

    def to_items(self, null_file: bool) -> list[ItemDesc]:
        """The item, then the hidden columns of its elements 2, 3... (analysis.py's
        layout for an array item), which are no key."""
        item = self.to_item(null_file)
        if self.dimension < 1:
            raise WLRuntimeError(f"HDescribeItem: the item {self.name} has the dimension "
                                 f"{self.dimension}; an item has at least one element.")
        if self.dimension == 1:
            return [item]
        item.elements = self.dimension
        return [item] + [dataclasses.replace(item, name=element_name(item.name, k),
                                             key=NOT_KEY, elements=1, element_of=item.name)
                         for k in range(2, self.dimension + 1)]

    def to_item(self, null_file: bool) -> ItemDesc:
        code = ITEM_TYPE_CODES.get(self.type)
        if not self.name or code is None:
            raise WLRuntimeError(f"HDescribeItem: the item needs a name and a known type "
                                 f"(hItemText...), got '{self.name}' and {self.type}.")
        key = KEY_TYPES.get(self.key, NOT_KEY)
        if code == 24:
            key = UNIQUE
        return ItemDesc(self.name, ITEM_TYPES[code], self.size or 50, key, self.default,
                        null_file and self.null and self.key != PRIMARY_KEY, False)


class FileDescription(_Props):
    """`fd is File Description`: ..Name, ..NullSupported, and the items added by
    HDescribeItem."""

    wl_type_name = "File Description"
    _fields = {"name": "name", "nom": "name", "nullsupported": "null",
               "nullsupporte": "null"}

    def __init__(self, rt: Any = None) -> None:
        self.name = ""
        self.null = False
        self.items: list[ItemDescription] = []

    def to_file(self) -> FileDesc:
        if not self.name or not self.items:
            raise WLRuntimeError("HDescribeFile: the file needs a name and at least one item.")
        desc = FileDesc(self.name, self.name, null_supported=self.null)
        for item in self.items:
            for column in item.to_items(self.null):
                desc.add_item(column)
        return desc
