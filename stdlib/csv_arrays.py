"""CSV text and arrays: ArrayToCSV/TableauVersCSV and CSVToArray/CSVVersTableau.

The CSV is RFC 4180's, with WINDEV's usual separator: fields separated by ";" (or the
separator given), lines by CR LF. A field is quoted when it holds the separator, a quote
or a line break, its quotes doubled. Reading accepts CR LF, LF or CR line ends, quoted
fields over several lines, and ignores one final line break.

The arrays: a two-dimensional array (one row per line), an array of structures (one
element per line, the members in their declaration order) and, for ArrayToCSV only, a
one-dimensional array of simple values (one per line) or an array of arrays.
CSVToArray resizes a two-dimensional array to the lines and the widest line (missing
cells get the element type's default) or fills an array of structures; without an
array, it returns a new two-dimensional array of strings. A line with more fields than
the structure has members is a fatal error (the extra fields would be lost); a quote
that never closes is a non-fatal error (ErrorOccurred, the array left empty).
With the option csvHeader (csvEntête) the first line names the columns: skipped for a
two-dimensional array; for an array of structures, each column goes to the member of its
name (any case, with or without accents), a column naming no member being a fatal error
(*decided* 6 Dec 2026, INFERRED: docs/builtins.md "CSVToArray").
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, cast

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.containers import WLArray, WLStruct
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .csv_parse import parse_csv

if TYPE_CHECKING:
    from wlinterp.runtime.types import TypeSpec

family = Family("CSV")

DEFAULT_SEPARATOR = ";"
# the first line is a header (name and value INFERRED: no stored page; the Android
# runtime's CSVToArray takes no options at all)
CSV_HEADER = family.constant("csvHeader", "csvEntête", 1, "csvEntete")
# a number written the French way, as a spreadsheet exports it with a ";" separator:
# "0,15", "-1 234,50" (a space, a no-break or a narrow no-break space between thousands)
_DECIMAL_COMMA = re.compile(r"\s*[-+]?(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+),\d+\s*")
_DECIMAL_KINDS = ("real", "currency", "numeric")


def _separator(value: object, fname: str) -> str:
    sep = DEFAULT_SEPARATOR if value is None else V.to_str(value)
    if not sep or '"' in sep or "\r" in sep or "\n" in sep:
        raise WLRuntimeError(f"{fname}: the separator must be non-empty, without quote "
                             "or line break.")
    return sep


def _rows(arr: WLArray) -> list[list[object]]:
    """The lines of an array, each a list of cell values."""
    if len(arr.dims) == 2:
        cols = arr.dims[1]
        return [arr.items[r * cols:(r + 1) * cols] for r in range(arr.dims[0])]
    if len(arr.dims) > 2:
        raise WLRuntimeError("ArrayToCSV: an array of more than two dimensions has no "
                             "CSV form.")
    rows: list[list[object]] = []
    for item in arr.items:
        if isinstance(item, WLStruct):
            rows.append([item.values[m] for m, _, _ in item.sdef.members])
        elif isinstance(item, WLArray):
            rows.append(list(item.items))
        else:
            rows.append([item])
    return rows


def _field(value: object, sep: str) -> str:
    if isinstance(value, (WLArray, WLStruct)):
        raise WLRuntimeError("ArrayToCSV: a cell holds an array or a structure, which has "
                             "no CSV form.")
    text = V.to_str(value)
    if sep in text or '"' in text or "\r" in text or "\n" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


@family.function("ArrayToCSV", "TableauVersCSV")
def array_to_csv(rt: Runtime, arr: object, separator: object = None) -> str:
    """The array as CSV text (see the module docstring), lines separated by CR, no line
    break after the last one."""
    if not isinstance(arr, WLArray):
        raise WLRuntimeError(f"ArrayToCSV expects an array, not a value of type "
                             f"{V.type_name(arr)}.")
    sep = _separator(separator, "ArrayToCSV")
    return "\r\n".join(sep.join(_field(v, sep) for v in row) for row in _rows(arr))


def _header_members(header: list[str], first: WLStruct) -> list[tuple[str, str, "TypeSpec"]]:
    """The members the header line names, in its column order (names compared as
    WLanguage compares identifiers: any case, accents or not)."""
    by_name = {fold(shown): (member, shown, spec) for member, shown, spec in first.sdef.members}
    out = []
    for column in header:
        found = by_name.get(fold(column.strip()))
        if found is None:
            raise WLRuntimeError(f"CSVToArray: the header column '{column}' names no member "
                                 f"of {first.sdef.name}.")
        out.append(found)
    return out


def _fill_structs(arr: WLArray, rows: list[list[str]], first: WLStruct, comma: bool,
                  header: bool = False) -> None:
    members = first.sdef.members
    if header and rows:
        members = _header_members(rows[0], first)
        rows = rows[1:]
    items: list[object] = []
    for number, row in enumerate(rows, 1):
        if len(row) > len(members):
            raise WLRuntimeError(f"CSVToArray: line {number + header} has {len(row)} fields, "
                                 f"more than the {len(members)} members of {first.sdef.name}.")
        element = first if number == 1 else cast(WLStruct, _new_element(arr))
        for (member, _, spec), value in zip(members, row):
            field = _decimal(value, str(spec.kind), comma)
            element.wl_set(member, field, arr.ctx)  # type: ignore[arg-type]
        items.append(element)
    arr.items[:] = items
    if arr.dims:
        arr.dims = (len(items),)


def _decimal(field: str, kind: str, comma: bool) -> str:
    """A field going into a real, currency or numeric, its decimal comma read as the
    decimal point ("0,15" -> "0.15", "1 234,50" -> "1234.50"): CSV files from a French
    spreadsheet write them so, and the number read up to the comma silently lost the
    decimals ("0,15" gave 0). Not with "," as the separator (`comma` False): a quoted
    "12,5" there is read as any text stored into a number (values.decimal_comma: its
    first comma is the decimal point, spaces end the number). *Decided* 5 Dec 2026,
    INFERRED: no stored CSVToArray page."""
    if not comma or kind not in _DECIMAL_KINDS or "," not in field or not _DECIMAL_COMMA.fullmatch(field):
        return field
    return re.sub(r"[ \u00a0\u202f]", "", field.strip()).replace(",", ".")


def _new_element(arr: WLArray) -> object:
    """A fresh element of the array's type (a structure for an array of structures)."""
    from wlinterp.runtime.types import filled_element
    return filled_element(arr.elem, arr.ctx)


def _fill_grid(arr: WLArray, rows: list[list[str]], comma: bool = False) -> None:
    from wlinterp.runtime.types import coerce, default_value
    cols = max((len(r) for r in rows), default=0)
    blank = default_value(arr.elem, arr.ctx)
    kind = str(arr.elem.kind)
    arr.items[:] = [coerce(_decimal(row[c], kind, comma), arr.elem, arr.ctx)
                    if c < len(row) else blank
                    for row in rows for c in range(cols)]
    arr.dims = (len(rows), cols)


@family.function("CSVToArray", "CSVVersTableau", can_fail=True)
def csv_to_array(rt: Runtime, csv: object, target: object = None,
                 separator: object = None, options: object = 0) -> object:
    """Fill `target` from CSV text, or return a new two-dimensional array of strings
    when no array is given (the second parameter is then the separator); `options`
    csvHeader: the first line names the columns."""
    from wlinterp.runtime.types import STRING
    if not isinstance(target, WLArray):
        target, separator, options = None, target, separator if separator is not None else 0
    sep = _separator(separator, "CSVToArray")
    header = bool(V.to_int(options) & CSV_HEADER) if options not in (None, "") else False
    rows = parse_csv(V.to_str(csv), sep)
    if target is None:
        target = WLArray(STRING, [], (0, 0))
    if rows is None:
        if len(target.dims) == 2:
            _fill_grid(target, [])
        else:
            target.clear()
        raise BuiltinFailure("CSVToArray: a quoted field is not closed.", value=target)
    if len(target.dims) == 2:
        _fill_grid(target, rows[1:] if header else rows, sep != ",")
    elif len(target.dims) <= 1 and isinstance(first := _new_element(target), WLStruct):
        _fill_structs(target, rows, first, sep != ",", header)
    else:
        raise WLRuntimeError("CSVToArray fills a two-dimensional array or an array of "
                             "structures.")
    return target
