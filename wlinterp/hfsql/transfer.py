"""Loading and dumping data files as CSV or JSON (`wl hfsql import|export`, test
fixtures, the H* exports and imports): one row/object per record keyed by item name,
values in WLanguage's canonical text forms (dates YYYYMMDD, currency with a dot); an
array item shown once, as array_views.py shows it (a list of its elements; in CSV the
columns `Phone[1]`, `Phone[2]`...)."""
from __future__ import annotations

__all__ = ["load_file", "dump_file", "read_rows", "write_rows", "RecordRefused"]

import csv
import io
import json
import os
from decimal import Decimal
from typing import Any

from ..errors import WLRuntimeError
from ..runtime import values as V
from ..syntax.names import fold
from .array_views import flat_labels, flat_values, put_value, shown_record
from .context import FileContext
from .errors import HFError
from .browsing import browse


def read_rows(path: str) -> list[dict[str, Any]]:
    """Rows of a `.csv` (header line = item names; `,` or `;` separated) or `.json`
    (an array of objects) file."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        text = f.read()
    if path.lower().endswith(".json"):
        data = json.loads(text)
        if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
            raise ValueError(f"{path}: a JSON array of objects is expected")
        return data
    dialect = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t") if text else "excel"
    return list(csv.DictReader(io.StringIO(text), dialect=dialect))


class RecordRefused(ValueError):
    """A record the data file refused (a duplicate...): `error` is the H* error, naming
    the function that imported it, so HImportJSON can report it with its own code."""

    def __init__(self, error: HFError, source: str, number: int) -> None:
        super().__init__(f"{source}: record {number}: {error.message}")
        self.error = error
        self.number = number


def load_file(ctx: FileContext, rows: list[dict[str, Any]], source: str = "",
              what: str = "HAdd", replace: bool = False) -> int:
    """Add every row as a record (automatic identifiers given in the data are kept).
    Returns the number added; an unknown column raises ValueError, a refused record
    RecordRefused. `what`: the function a refused record's error names (HImportJSON
    for a script's call: ErrorInfo names the function the script called). `replace`
    (HImportText's hImpCreation): the file's records are deleted first, in the same
    all or nothing."""
    db = ctx.db
    db.touch(ctx)
    own = not db.in_transaction
    if own:
        db.begin()
    try:
        if replace:
            db.backend.write(f"DELETE FROM {ctx.sql.table}", [])
            ctx.forget_position()
        for number, row in enumerate(rows, 1):
            ctx.reset()
            forced = False
            for name, value in row.items():
                n = put_value(ctx, name, _imported(ctx, _column(ctx, name, source), value))
                forced = forced or (n == ctx.auto_index and value not in (None, "", 0, "0"))
            try:
                ctx.add(force_id=forced, what=what)
            except HFError as exc:
                raise RecordRefused(exc, source, number) from None
            if forced:
                db.note_id(ctx, ctx.buffer[ctx.auto_index])
    except BaseException:
        if own:
            db.rollback()
        raise
    if own:
        db.commit()
    return len(rows)


def _column(ctx: FileContext, name: str, source: str) -> int:
    """The buffer index of an imported name (an item, or an element: `Phone[2]`)."""
    n = ctx.index.get(fold(name))
    if n is None:
        try:
            n = ctx.item(name)
        except WLRuntimeError:
            raise ValueError(f"{source}: '{name}' is not an item of {ctx.name}") from None
    return n


def _imported(ctx: FileContext, n: int, value: Any) -> Any:
    """A value as column `n` takes it: "" is NULL for an item that accepts NULL (but a
    text's), a boolean's text is True or False; each element of a list so."""
    if isinstance(value, list):
        return [_imported(ctx, n, v) for v in value]
    if value == "" and ctx.items[n].null_allowed and ctx.kinds[n] not in ("text",):
        return None
    if ctx.kinds[n] == "bool" and isinstance(value, str):
        return value.strip().lower() in ("1", "true", "vrai")
    return value


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return V.to_str(value)  # WLanguage's text form: "12.5", "3"
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def dump_file(ctx: FileContext) -> list[dict[str, Any]]:
    """Every record in record-number order, as {item: value} (an array item's value:
    the list of its elements)."""
    out = []
    for _ in browse(ctx, "", [], False):
        out.append({n: _plain(v) for n, v in shown_record(ctx, ctx.buffer).items()})
    return out


def write_rows(ctx: FileContext, rows: list[dict[str, Any]], path: str | None,
               fmt: str) -> str:
    """CSV or JSON text of `rows` (dump_file's; written to `path` unless None)."""
    if fmt == "json":
        text = json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
    else:
        names = [i.name for i in ctx.items if not i.element_of]
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(flat_labels(ctx, names))
        for row in rows:
            writer.writerow(["" if v is None else (int(v) if isinstance(v, bool) else v)
                             for v in flat_values(ctx, row, names)])
        text = buf.getvalue()
    if path:
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    return text


def fixture_name(path: str) -> str:
    """`Customer.csv` fills `Customer`."""
    return os.path.splitext(os.path.basename(path))[0]
