"""Per-file row converters generated once as Python functions: a stored row into the
record buffer (FOR EACH and every read) and the buffer into stored values (HAdd,
HModify).

Why generated: these run once per record read or written, and a loop over the items
calling a converter per item was the largest cost of `FOR EACH` and `HAdd` after the
database itself (benchmarks/bench_hfsql.py). The generated code converts only the items
whose stored form differs from the WLanguage value and indexes the row directly.
"""
from __future__ import annotations

__all__ = ["row_loader", "buffer_storer"]

from typing import Any, Callable, Sequence


def row_loader(readers: Sequence[Callable[[Any], Any] | None]
               ) -> Callable[[tuple[Any, ...]], list[Any]]:
    """`load(row) -> buffer`: row[0] is the record number, row[n + 1] item n; `readers[n]`
    converts a non-NULL stored value (None: stored as it is)."""
    parts = [(f"row[{n + 1}]", read, True) for n, read in enumerate(readers)]
    return _list_function("load", "row", parts)


def buffer_storer(writers: Sequence[Callable[[Any], Any] | None], indexes: Sequence[int]
                  ) -> Callable[[list[Any]], list[Any]]:
    """`store(buffer) -> values` for the items of `indexes`, in that order (writers take
    None themselves)."""
    return _list_function("store", "buf", [(f"buf[{n}]", writers[n], False) for n in indexes])


def _list_function(name: str, arg: str,
                   parts: Sequence[tuple[str, Callable[[Any], Any] | None, bool]]) -> Any:
    """`def name(arg): return [...]`, each element an expression of `arg` passed through
    its converter (skipping None values when asked)."""
    env: dict[str, Any] = {}
    elements = []
    for n, (expr, conv, skip_none) in enumerate(parts):
        if conv is None:
            elements.append(expr)
            continue
        env[f"c{n}"] = conv
        inline = getattr(conv, "inline", None)  # the converter as an expression: no call
        if inline is not None:
            env.update(inline[1])
            call = inline[0].format(x=expr, t=f"_t{n}")
        else:
            call = f"c{n}({expr})"
        elements.append(f"(None if {expr} is None else {call})" if skip_none else call)
    return _compile(f"def {name}({arg}):\n    return [{', '.join(elements)}]\n", name, env)


def _compile(source: str, name: str, env: dict[str, Any]) -> Any:
    exec(compile(source, f"<hfsql {name}>", "exec"), env)  # noqa: S102 - our own text
    return env[name]


_INT_LIMITS = {8: 1 << 15, 16: 1 << 15, 32: 1 << 31}  # smallint, integer; else bigint


def pg_safe_check(items: Sequence[Any]) -> Callable[[list[Any]], bool]:
    """`safe(values) -> bool` for PostgreSQL: True when the stored values of `items` (in
    order) cannot be refused by the table for anything but a duplicate — NULL where NULL
    is allowed, integers and currencies within their column's range, dates within their
    text size, no NUL character in texts. Such an HAdd needs no savepoint (pg.py)."""
    conds = []
    for n, item in enumerate(items):
        v = f"values[{n}]"
        kind, bits = item.type.kind, item.type.bits
        test = ""
        if kind in ("int", "autoid"):
            limit = _INT_LIMITS.get(bits, 1 << 63)
            test = f"{-limit} <= {v} < {limit}"
        elif kind == "currency":
            test = f"-10 ** 18 < {v} < 10 ** 18"
        elif kind in ("date", "time", "datetime"):
            test = f"len({v}) <= {dict(date=8, time=9, datetime=17)[kind]}"
        elif kind in ("text", "memo", "uuid"):
            test = f"'\\x00' not in {v}"
        elif kind == "real" and bits == 32:
            test = f"-3.4e38 <= {v} <= 3.4e38"
        if not item.null_allowed:
            conds.append(f"{v} is not None" + (f" and {test}" if test else ""))
        elif test:
            conds.append(f"({v} is None or {test})")
    body = " and ".join(conds) or "True"
    return _compile(f"def safe(values):\n    return {body}\n", "safe", {})
