"""How an array item shows outside the record buffer (docs/hfsql.md "Array items,
shown"): in exports and imports (JSON, XML, CSV, text, `wl hfsql export|import`), in
HRecordToJSON/HRecordToXML, in the item an H* function returns (HFilter) and in the
result of a query that selects the hidden columns (`SELECT *`).

The buffer keeps element 2, 3... in hidden columns (`Phone__2`: array_items.py); these
names are wlinterp's own and never shown. An item is shown once, under its name: in
JSON its value is the array of its elements, in XML its element is repeated once per
element, in CSV and text its elements are consecutive columns headed `Phone[1]`,
`Phone[2]`... (the form an H* function takes an element's name in). One element alone
is named `Phone[2]` (XML: `<Phone Element="2">`).
"""
from __future__ import annotations

__all__ = ["label", "chosen_labels", "shown_record", "value_of", "flat_labels",
           "flat_values", "put_value", "group_result_elements", "sql_elements",
           "ElementOutOfRange"]

import dataclasses
from typing import TYPE_CHECKING, Any, Sequence

from ..lazy_regex import lazy_compile
from ..syntax.names import fold
from .analysis import FileDesc, ItemDesc, element_name
from .sql_quoted import QUOTED

# a quoted text (left as it is), or `Item[n]`
_SQL_ELEMENT = lazy_compile(QUOTED + r"|"
                            r"\b(?P<item>[^\W\d]\w*)\s*\[\s*(?P<number>\d+)\s*\]", 0)
# the pieces of an SQL text that tell a whole SELECT item: a quoted text, `File.Item[n]`
# or `Item[n]` (the item's start in group `item`), a word, a parenthesis or a comma
_SQL_PIECE = lazy_compile(QUOTED + r"|"
                          r"(?:[^\W\d]\w*\s*\.\s*)?(?P<item>[^\W\d]\w*)\s*\[\s*\d+\s*\]|"
                          r"(?P<word>\w+)|[(),]", 0)
_LIST_START = frozenset({"select", "distinct", "all", ","})

if TYPE_CHECKING:
    from .context import FileContext


def label(ctx: "FileContext", n: int) -> str:
    """The name column `n` is shown under: its item's, or `Phone[2]` for a hidden
    element's column."""
    item = ctx.items[n]
    if not item.element_of:
        return item.name
    number = ctx.elements[fold(item.element_of)].index(n) + 1
    return f"{ctx.items[ctx.index[fold(item.element_of)]].name}[{number}]"


def chosen_labels(ctx: "FileContext", names: Sequence[str]) -> list[str]:
    """The labels of the items named (`Phone`, `Phone[2]`, a hidden name): `[]` names
    every shown item."""
    if not names:
        return [i.name for i in ctx.items if not i.element_of]
    out = []
    for name in names:
        n = ctx.item(name)
        whole = fold(name) in ctx.index and not ctx.items[n].element_of
        out.append(ctx.items[n].name if whole else label(ctx, n))
    return out


def shown_record(ctx: "FileContext", row: Sequence[Any]) -> dict[str, Any]:
    """{item: value} of a buffer's values; an array item's value is the list of its
    elements, its hidden columns are not keys."""
    out: dict[str, Any] = {}
    for n, item in enumerate(ctx.items):
        if item.element_of:
            continue
        columns = ctx.elements.get(fold(item.name))
        out[item.name] = row[n] if columns is None else [row[c] for c in columns]
    return out


def value_of(ctx: "FileContext", record: dict[str, Any], name: str) -> Any:
    """The value a label names in a shown record: an item's (a list for an array item)
    or one element's (`Phone[2]`)."""
    if name in record:
        return record[name]
    n = ctx.item(name)
    item = ctx.items[n]
    whole = item.element_of or item.name
    columns = ctx.elements[fold(whole)]
    return record[ctx.items[columns[0]].name][columns.index(n)]


def flat_labels(ctx: "FileContext", names: Sequence[str]) -> list[str]:
    """Column headings for CSV and text: an array item's elements as `Phone[1]`,
    `Phone[2]`...; other labels as they are."""
    out = []
    for name in names:
        columns = ctx.elements.get(fold(name)) if fold(name) in ctx.index else None
        if columns is None:
            out.append(name)
        else:
            out += [f"{name}[{k}]" for k in range(1, len(columns) + 1)]
    return out


def flat_values(ctx: "FileContext", record: dict[str, Any], names: Sequence[str]
                ) -> list[Any]:
    """The values under `flat_labels(ctx, names)`, in the same order."""
    out: list[Any] = []
    for name in names:
        value = value_of(ctx, record, name)
        if isinstance(value, list):
            out += value
        else:
            out.append(value)
    return out


def put_value(ctx: "FileContext", name: str, value: Any) -> int:
    """An import's value into the buffer: a list into an array item's elements (from
    element 1; fewer values leave the others as they are), else the item or element the
    name designates. Returns the buffer index of the item (of element 1 for a list).
    A name that is no item, or a list for an item that is no array, is a ValueError."""
    try:
        n = ctx.item(name)
    except Exception as exc:  # WLRuntimeError: not an item of the file
        raise ValueError(str(exc).rstrip(".")) from None
    if not isinstance(value, list):
        ctx.buffer[n] = ctx.coercers[n](value)
        return n
    columns = ctx.elements.get(fold(ctx.items[n].name))
    if columns is None or ctx.items[n].element_of:
        raise ValueError(f"'{name}' is not an array item of {ctx.name}: it takes one "
                         f"value, not {len(value)}")
    if len(value) > len(columns):
        raise ValueError(f"the array item {ctx.items[n].name} has {len(columns)} "
                         f"elements, not {len(value)}")
    for column, element in zip(columns, value):
        ctx.buffer[column] = ctx.coercers[column](element)
    return n


def group_result_elements(items: list[ItemDesc], files: Sequence[FileDesc]) -> list[ItemDesc]:
    """A query result's columns, the hidden columns of an array item it selects with
    its item (`SELECT *`) marked as its elements, so that the result shows the item
    once (HListItem, exports) and `Q.Phone[2]` reads element 2. A hidden column selected
    without its item (`SELECT Phone__2`) stays a column of its own."""
    arrays = {fold(i.name): i.elements for d in files for i in d.items if i.elements > 1}
    if not arrays:
        return items
    names = {fold(i.name): n for n, i in enumerate(items)}
    out = list(items)
    for n, item in enumerate(items):
        count = arrays.get(fold(item.name), 1)
        found = 1
        while found < count and fold(element_name(item.name, found + 1)) in names:
            found += 1
        if found == 1:
            continue
        out[n] = dataclasses.replace(item, elements=found)
        for k in range(2, found + 1):
            m = names[fold(element_name(item.name, k))]
            out[m] = dataclasses.replace(items[m], element_of=item.name)
    return out


class ElementOutOfRange(ValueError):
    """An SQL text names an element past its array item's dimension (`Phone[9]`)."""


def sql_elements(sql: str, files: Sequence[FileDesc]) -> str:
    """An SQL text naming an element of an array item of the files it reads
    (`WHERE Phone[2] = '555'`, `SELECT Phone[3] FROM Contact`): the element's column
    (`Phone__2`; `Phone[1]` is the item's own), so the query reads that element as
    `Contact.Phone[2]` does in code. An element out of range raises ElementOutOfRange
    (SQLite read `Phone[9]` as `Phone AS "9"`, Phone[1], and `Phone[0] AS z` as a syntax
    error). Other brackets are left to the database."""
    if "[" not in sql:
        return sql
    arrays = {fold(i.name): (d, i) for d in files for i in d.items if i.elements > 1}
    if not arrays:
        return sql

    whole = _whole_select_items(sql)

    def column(m: Any) -> str:
        found = arrays.get(fold(m.group("item") or ""))
        if found is None:
            return str(m.group(0))
        desc, item = found
        number = int(m.group("number"))
        if not 1 <= number <= item.elements:
            raise ElementOutOfRange(f"{desc.name}.{item.name}[{number}]: the array item "
                                    f"{item.name} has {item.elements} elements (1 to "
                                    f"{item.elements}).")
        name = item.name if number == 1 else element_name(item.name, number)
        if m.start("item") in whole:  # SELECT Phone[2] FROM ...: the column `Phone[2]`
            return f'{name} AS "{m.group("item")}[{number}]"'
        return name
    return str(_SQL_ELEMENT.sub(column, sql))


def _whole_select_items(sql: str) -> set[int]:
    """Where the element references that are a whole item of a SELECT list start
    (`SELECT Name, Phone[2] FROM`, not `UPPER(Phone[2])` nor one followed by `AS x`):
    each SELECT's list is followed at its own depth of parentheses, from the keyword
    to its FROM."""
    starts: set[int] = set()
    listing: dict[int, bool] = {}  # depth -> inside that depth's SELECT list
    depth, before, pending = 0, "", -1
    for m in _SQL_PIECE.finditer(sql):
        text = m.group(0).lower()
        if pending >= 0 and text in (",", ")", "from"):
            starts.add(pending)
        pending = -1
        if text == "(":
            depth += 1
        elif text == ")":
            listing.pop(depth, None)
            depth = max(depth - 1, 0)
        elif text in ("select", "from"):
            listing[depth] = text == "select"
        elif m.group("item") is not None and listing.get(depth) and before in _LIST_START:
            pending = m.start("item")
        before = text
    if pending >= 0:  # the last item of a text without FROM
        starts.add(pending)
    return starts
