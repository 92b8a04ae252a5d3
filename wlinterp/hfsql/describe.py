"""Data files described in code: `File Description` and `Item Description` variables
(FR Description de Fichier / Description de Rubrique), filled through their properties
and declared with HDescribeItem / HDescribeFile."""
from __future__ import annotations

__all__ = ["FileDescription", "ItemDescription", "ITEM_TYPE_CONSTANTS", "type_constant"]

import dataclasses
from typing import Any

from ..errors import WLRuntimeError
from ..runtime import values as V
from .analysis import DUPLICATES, NOT_KEY, UNIQUE, FileDesc, ItemDesc, element_name
from .itemtypes import (HIT_AUTOID, HIT_BINARY_MEMO, HIT_BOOLEAN, HIT_CURRENCY, HIT_DATE,
                        HIT_DATETIME, HIT_INT4, HIT_INT8, HIT_MEMO_TEXT, HIT_REAL8, HIT_TEXT,
                        HIT_TIME, HIT_UNICODE, ITEM_TYPES, ItemType)

# The hItem... constants' values (HFConstant.h's eHITEMTYPE, itemtypes.py; declared with
# their names in stdlib/hfsql_described_files.py): what `..Type` answers for an item
ITEM_TYPE_CONSTANTS = (HIT_TEXT, HIT_INT4, HIT_REAL8, HIT_CURRENCY, HIT_DATE, HIT_TIME,
                       HIT_DATETIME, HIT_BOOLEAN, HIT_AUTOID, HIT_MEMO_TEXT, HIT_INT8,
                       HIT_UNICODE, HIT_BINARY_MEMO)
# an Item Description's ..Type (any header code an item type has) -> its .xdd code
_CODE_OF_HIT = {t.hit: code for code, t in ITEM_TYPES.items()}
_CONSTANT_OF_KIND = {"int": HIT_INT4, "real": HIT_REAL8, "decimal": HIT_REAL8,
                     "uuid": HIT_TEXT, "text": HIT_TEXT, "memo": HIT_MEMO_TEXT,
                     "autoid": HIT_AUTOID}


def type_constant(item_type: ItemType) -> int:
    """The hItem... constant of an item's type (`Customer.Age..Type = hItemInt`): its
    HFConstant.h code when a constant carries it, else its kind's constant (an integer on
    2 bytes is hItemInt, a decimal hItemReal, a UUID hItemText: real code tests a type
    against the constants; HListItem gives the exact code); 0 for a type no constant
    describes."""
    if item_type.hit in ITEM_TYPE_CONSTANTS:
        return item_type.hit
    known = ITEM_TYPES.get(item_type.code)  # a query's column: the kind of its item's type
    return _CONSTANT_OF_KIND.get(known.kind if known else item_type.kind, 0)


# hNotAKey, hUniqueKey, hDuplicatesKey (HFConstant.h's 2060-2062), hPrimaryKey (2063: a
# unique key whose value is never NULL, KeyType page ?2512060: held as a unique key on an
# item that refuses NULL); stdlib/hfsql_described_files.py declares them with these values, and
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
        self.name, self.type, self.size, self.key = "", HIT_TEXT, 0, NOT_A_KEY
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
        code = _CODE_OF_HIT.get(self.type)
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
