"""`r is Record of File` (FR Enregistrement de Fichier): a record's item values
detached from its data file (context.py's FileContext.wl_record copies the buffer).

Its JSON form (*decided*, docs/hfsql.md "A Record's JSON form"; INFERRED: the Record
type's page lists no JSON function) is HRecordToJSON's form of the same values: an
object of the items by their names in the analysis, in its order, an array item once
as the array of its elements, binary memos left out. VariantToJSON, Serialize with
psdJSON and a JSON variable assigned a Record give it.
"""
from __future__ import annotations

__all__ = ["Record", "Shape", "json_shape", "dated_marks", "marked"]

from decimal import Decimal
from typing import Any, Callable, Sequence

from ..errors import WLRuntimeError
from ..syntax.names import fold
from .analysis import ItemDesc

# a query column's analysis type code (column_types.py) -> the dated kind it reads as
_CODE_KINDS = {14: "date", 11: "time", 34: "datetime"}


def dated_marks(items: Sequence[ItemDesc]) -> list[type[str] | None]:
    """Per item, the marked text class of a Date, Time or DateTime item (None for any
    other kind): its value read by the code says its type, as a Variant's does, so that
    `Orders.OrderDate + 1` adds a day (it joined the texts, "202411301"), `-` between
    two gives days and TypeVar says wlDate (runtime/dated_values.py; docs/hfsql.md
    "Date, Time and DateTime items in expressions"). A query's text column named as a
    dated item of the files it reads has that item's code and reads as it does."""
    from ..runtime.dated_values import DateText, DateTimeText, TimeText
    by_kind: dict[str, type[str]] = {"date": DateText, "time": TimeText,
                                     "datetime": DateTimeText}
    return [by_kind.get(_CODE_KINDS.get(i.type.code, "") if i.type.kind == "text"
                        else i.type.kind) for i in items]


def marked(value: Any, mark: type[str] | None) -> Any:
    """An item's value as the code reads it: a dated item's text marked with its kind
    (Null and anything not a text as they are)."""
    return mark(value) if mark is not None and type(value) is str else value


# a record's items as JSON shows them: (name, the value keys of its elements); an item
# that is no array has one key, shown as a value, not a list of one
Shape = tuple[tuple[str, tuple[str, ...], bool], ...]


def json_shape(items: Sequence[ItemDesc], kinds: Sequence[str],
               elements: dict[str, list[int]]) -> Shape:
    """The JSON form of a record of these items (kinds and array items' buffer indexes as
    FileContext keeps them): each shown item's name, the keys of its values, and
    whether it is an array item."""
    shown = []
    for item, kind in zip(items, kinds):
        if item.element_of or kind == "binmemo":
            continue
        columns = elements.get(fold(item.name))
        keys = (fold(item.name),) if columns is None else tuple(
            fold(items[c].name) for c in columns)
        shown.append((item.name, keys, columns is not None))
    return tuple(shown)


class Record:
    """A record's item values (folded names), with the file it was copied from and the
    JSON form of its items (empty for a Record declared without a file)."""

    wl_type_name = "Record"

    def __init__(self, file: str = "", values: dict[str, Any] | None = None,
                 shape: Shape = ()) -> None:
        self.file = file
        self.values: dict[str, Any] = dict(values or {})
        self.shape = shape
        # a declared `Record of File`: the file's analysis defaults by folded item name,
        # asked once, when an item it does not hold is read (stdlib/hfsql_write.py)
        self.defaults_of: Callable[[str], dict[str, Any]] | None = None
        # the marks of its dated items by folded name (dated_marks), or how to get them
        # from its file's name (a declared `Record of File`, asked on the first read)
        self.marks: dict[str, type[str] | None] | None = None
        self.marks_of: Callable[[str], dict[str, type[str] | None]] | None = None
        # each item's conversion by folded name (its file's, FileContext.coercers_by_name),
        # or how to get them from its file's name (a declared `Record of File`)
        self.coercers: dict[str, Callable[[Any], Any]] | None = None
        self.coercers_of: Callable[[str], dict[str, Callable[[Any], Any]]] | None = None
        # its file's items and their places by folded name (a copy of a file's buffer),
        # or how to get its file's context from its name (a declared `Record of File`)
        self.descs: tuple[Sequence[ItemDesc], dict[str, int]] | None = None
        self.context_of: Callable[[str], Any] | None = None

    def copy(self) -> "Record":
        """What `r2 = r`, `r2 is Record of Customer = r` and ArrayAdd(t, r) store: a
        record of its own, as a structure is copied (runtime/types.py stores a library
        type's copy; `<-` still shares). Without it the variable and the array shared
        one record, so ArrayAdd(t, r) in a loop that changed r left t with copies of the
        last record only, and `r2.Name = "x"` changed r (docs/hfsql.md "Record
        variables copied")."""
        twin = Record(self.file, self.values, self.shape)  # (its values: a new dict)
        twin.defaults_of, twin.marks, twin.marks_of = self.defaults_of, self.marks, \
            self.marks_of
        twin.coercers, twin.coercers_of = self.coercers, self.coercers_of
        twin.descs, twin.context_of = self.descs, self.context_of
        return twin

    def item_desc(self, name: str) -> ItemDesc | None:
        """What the analysis says of its item `name` (folded), for `r.Name..Caption`
        (hooks.item_property); None for a name its file does not have, or without a file."""
        if self.descs is None and self.context_of is not None and self.file:
            ctx = self.context_of(self.file)
            self.descs = (ctx.items, ctx.index)
        if self.descs is None or name not in self.descs[1]:
            return None
        return self.descs[0][self.descs[1][name]]

    def set_elem(self, elem: Any, ctx: Any = None) -> None:
        """`r is Record of Customer` (runtime/types.py default_value): the data file its
        declaration names (folded), which HAdd(r) and HSave(r) write to."""
        self.file = elem.name

    def wl_get(self, name: str) -> Any:
        if name not in self.values and self.defaults_of is not None and self.file:
            for key, value in self.defaults_of(self.file).items():  # `r is Record of
                self.values.setdefault(key, value)  # Customer`, r.City read unset: ""
            self.defaults_of = None
        if name not in self.values:
            raise WLRuntimeError(f"'{name}' is not an item of this record.")
        if self.marks is None:
            if self.marks_of is None or not self.file:
                return self.values[name]
            self.marks = self.marks_of(self.file)
        return marked(self.values[name], self.marks.get(name))

    def wl_set(self, name: str, value: Any, ctx: Any = None) -> None:
        """`r.Item = v`: converted to the item's type as `File.Item = v` is (`r.Balance =
        "12.5"` then `r.Balance += 10` gives 22.5; it kept the text and joined "12.510");
        a name its file does not have is kept as it is (a Record without a file holds
        any)."""
        if self.coercers is None and self.coercers_of is not None and self.file:
            self.coercers = self.coercers_of(self.file)
        convert = self.coercers.get(name) if self.coercers else None
        self.values[name] = value if convert is None else convert(value)

    def wl_index(self, name: Any) -> Any:
        """`r[sItem]`: the item named by the text, as `r.Item` reads it (*decided*,
        docs/hfsql.md "A Record's item named in a variable")."""
        return self.wl_get(_item_key(name))

    def wl_set_index(self, value: Any, name: Any) -> None:
        """`r[sItem] = v`: as `r.Item = v`."""
        self.wl_set(_item_key(name), value)

    def wl_json_form(self) -> dict[str, Any]:
        """The record as JSON has it (the module's docstring): Python's JSON values. A
        Record never copied from its file has no shape: its values under the names
        they were written with, folded (`r.Name = "x"` gives {"name": "x"})."""
        if not self.shape:
            return {key: _plain(value) for key, value in self.values.items()}
        out: dict[str, Any] = {}
        for name, keys, is_array in self.shape:
            values = [_plain(self.values.get(k)) for k in keys]
            out[name] = values if is_array else values[0]
        return out


def _item_key(name: Any) -> str:
    """The folded item name a subscript gives (`r["Name"]`, `r[sItem]`); a number is
    refused in words (*decided*: the Record type's page names items, never counts them)."""
    if not isinstance(name, str):
        raise WLRuntimeError("A Record's item is named by a text (r[\"Name\"], r[sItem]), "
                             "not by a number.")
    return fold(name)


def _plain(value: Any) -> Any:
    """An item value as JSON has it: a currency or decimal as a number (as
    HRecordToJSON gives it)."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value
