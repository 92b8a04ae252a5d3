"""HListItem/HListeRubrique and its options (hLstNormal, hLstDetail, hLstAll, hLstSorted,
hLstItem, hLstKey, hLstCompositeKey, hLstMemo).

The help page is not among the stored pages; the constants' values are those of PC SOFT's
own HFSQL header (eHLSTMODE), and what each selects follows that header's comments. The
format of hLstDetail's lines is *decided* (INFERRED): docs/hfsql.md, "HListItem's options".
"""
from __future__ import annotations

from typing import Any

from wlinterp.hfsql.analysis import NOT_KEY, ItemDesc, KeyDesc
from wlinterp.hfsql.context import FileContext
from wlinterp.hfsql.describe import DUPLICATES_KEY, KEY_TYPE_CONSTANTS, UNIQUE_KEY
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .hfsql_base import file_arg, h_function

family = Family("HFSQL lists of items")
H_LST_ITEM = family.constant("hLstItem", "hLstRubrique", 0x2)
H_LST_KEY = family.constant("hLstKey", "hLstClé", 0x4)
H_LST_COMPOSITE = family.constant("hLstCompositeKey", "hLstCléComposée", 0x8)
H_LST_MEMO = family.constant("hLstMemo", "hLstMémo", 0x10)
H_LST_ALL = family.constant("hLstAll", "hLstTout", 0x20)
H_LST_SORTED = family.constant("hLstSorted", "hLstTrié", 0x40)
H_LST_DETAIL = family.constant("hLstDetail", "hLstDétail", 0x80)
H_LST_NORMAL = family.constant("hLstNormal", "hLstNormal", 0x100)
_SELECTORS = H_LST_ITEM | H_LST_KEY | H_LST_COMPOSITE | H_LST_MEMO | H_LST_ALL


def _wanted_items(ctx: FileContext, opts: int) -> list[ItemDesc]:
    """The items the options select: all of them without a selector (hLstNormal, the
    default), else the non-key items, the key items and the memos that were asked for."""
    shown = ctx.desc.shown_items  # an array item once (its other elements' columns hidden)
    if not opts & _SELECTORS or opts & H_LST_ALL:
        return shown
    chosen = []
    for item in shown:
        memo = item.type.kind in ("memo", "binmemo")
        if (memo and opts & H_LST_MEMO or not memo and item.key != NOT_KEY and opts & H_LST_KEY
                or not memo and item.key == NOT_KEY and opts & H_LST_ITEM):
            chosen.append(item)
    return chosen


def _detail_item(item: ItemDesc) -> str:
    """Name, key type (hNotAKey, hUniqueKey or hDuplicatesKey's value, as ..KeyType takes
    them), type (HFConstant.h's code, as the hItem... constants and ..Type give it), size,
    number of array elements (1 for an item that is no array) and caption ("" when the
    analysis gives none), TAB-separated."""
    return "\t".join((item.name, str(KEY_TYPE_CONSTANTS[item.key]), str(item.type.hit),
                       str(item.size), str(item.elements), one_line(item.caption)))


def one_line(caption: str) -> str:
    """A caption as one field of a TAB-separated line: its TABs and line breaks become
    spaces (*decided*: a caption written on two lines in the analysis cut the item's
    line in two, a TAB added a column: docs/hfsql.md "HListItem's options")."""
    return caption.replace("\r\n", " ").translate(_BREAKS)


_BREAKS = {9: " ", 10: " ", 13: " "}


def _detail_key(key: KeyDesc) -> str:
    """A composite key's line, shaped as an item's: its size is left at 0."""
    return "\t".join((key.name, str(UNIQUE_KEY if key.unique else DUPLICATES_KEY), "0", "0",
                       "1", ""))


@h_function(family, "HListItem", "HListeRubrique", fail="")
def h_list_item(rt: Runtime, file: Any, options: Any = None) -> str:
    """The file's items, one per line (CR), in the analysis's order; the options select
    which (hLstItem, hLstKey, hLstCompositeKey, hLstMemo; hLstAll: all of them and the
    composite keys), sort them by name (hLstSorted) or detail them (hLstDetail)."""
    ctx = file_arg(rt, file, "HListItem")
    opts = 0 if options is None else V.to_int(options)
    detail = bool(opts & H_LST_DETAIL)
    rows = [(i.name, _detail_item(i) if detail else i.name) for i in _wanted_items(ctx, opts)]
    if opts & (H_LST_COMPOSITE | H_LST_ALL):
        rows += [(k.name, _detail_key(k) if detail else k.name)
                 for k in ctx.desc.keys if k.composite]
    if opts & H_LST_SORTED:
        rows.sort(key=lambda row: row[0].casefold())
    return "\r\n".join(text for _, text in rows)
