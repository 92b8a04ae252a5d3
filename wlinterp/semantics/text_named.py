"""Names a built-in gives what it makes: `HAlias(Customer, "Cust2")`, `HExecuteSQLQuery(
"REQ_X", sql)`. Named by a text and then used bare (`HReadFirst(Cust2)`), the name is
declared nowhere: `wl check` says WL101 and `wl run` warns, then uses the alias or the
query of that name. Both say why and what to write, HAlias's page's own way
(?3044176: `OrderCheck is Data Source` before `HAlias(Order, OrderCheck)`), in the one
text `named_hint` gives (the check's hint, the run's warning).
"""
from __future__ import annotations

__all__ = ["NAMING_CALLS", "named_by_text", "named_hint", "NAMED_BY_TEXT"]

from typing import Any

from ..lazy_regex import lazy_compile
from ..syntax.names import fold

# The rank of the argument naming what the call makes: HAlias(CUSTOMER, CUSTOMER1), its
# page's example (?3044149), names the alias without quotes (it was an empty variant).
# HCreateView(VIEW_X, File, ...) names its view the same way (?3044159).
NAMING_CALLS = {"HExecuteSQLQuery": 0, "HPrepareSQLQuery": 0, "HAlias": 1, "HCreateView": 0}
NAMED_BY_TEXT = "wl run uses the "  # how named_hint's text starts (analysis.py finds it)
_CALL = lazy_compile(r"([^\W\d]\w*)\s*\(")


def named_hint(function: str, name: str) -> str:
    """What WL101 and the run's warning add for `name`, made by `function` from a text."""
    what = "alias" if fold(function) == "halias" else "query or view"
    return (f"{NAMED_BY_TEXT}{what} {function} names \"{name}\": declare it first, "
            f"'{name} is Data Source', as HAlias's help page declares its alias (?3044176)")


def named_by_text(source: str, registry: Any, name: str) -> str | None:
    """The function (as written) of a call in `source` that names `name` by a text
    literal at its naming rank (`HAlias(Customer, "Cust2")`), or None. The source is
    read once for all its undeclared names (a line of 6,000 names stays linear)."""
    global _LAST
    if _LAST[0] is not source:
        _LAST = (source, _named_in(source, registry))
    return _LAST[1].get(fold(name))


_LAST: tuple[str | None, dict[str, str]] = (None, {})  # the last source read, its names


def _named_in(source: str, registry: Any) -> dict[str, str]:
    """Folded name -> the function as written, for each text a naming call gives its
    naming rank in `source` (every naming function's name starts with H)."""
    found: dict[str, str] = {}
    for line in source.splitlines():
        if '"' not in line:
            continue
        for m in _CALL.finditer(line):
            if m.group(1)[:1] not in "hH":
                continue
            b = registry.functions.get(fold(m.group(1)))
            rank = NAMING_CALLS.get(getattr(b, "en", ""))
            arg = _argument(line, m.end(), rank) if rank is not None else None
            if arg is not None and len(arg) > 2 and arg[0] == arg[-1] == '"':
                found.setdefault(arg[1:-1], m.group(1))
    return found


def _argument(line: str, start: int, rank: int) -> str | None:
    """The folded text of the argument of rank `rank` of the call whose '(' ends at
    `start` in `line` (None when the line does not hold it whole)."""
    depth, quoted, args, begin = 0, False, [], start
    for i in range(start, len(line)):
        c = line[i]
        if c == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif c in "([":
            depth += 1
        elif c in ")]" and depth:
            depth -= 1
        elif c in ",)" and depth == 0:
            args.append(fold(line[begin:i].strip()))
            if c == ")" or len(args) > rank:
                break
            begin = i + 1
    return args[rank] if len(args) > rank else None
