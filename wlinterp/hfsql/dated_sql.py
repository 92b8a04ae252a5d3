"""A Date, Time or DateTime item compared in hand-written SQL with a text written the way
people write dates and times (`OrderDate >= '2025-01-15'`, `At >= '09:00'`, `Stamp <
'2025-01-05 10:00'`), or with a query parameter (`At = {pAt}` with `ds.pAt = "17:45"`,
`OrderDate = :pD` with a number 20250105): the value becomes the text the item holds
(`20250115`, `09000000`, `20250105100000000`), as a Date, Time or DateTime variable reads
that text and as FOR EACH ... WHERE and HFilter's conditions read it (docs/hfsql.md
"Queries, data sources, aliases"). The texts were compared as written, on both databases:
`'0'` sorts after `'-'` and `':'` after the digits, so `At BETWEEN '08:00' AND '18:00'`
missed 08:30 and `At = '17:45'` found nothing; a number parameter was refused by
PostgreSQL against the item's text column.

Only an item of the files the query names, compared (`Item op value`, `Item [NOT]
BETWEEN v1 AND v2`, `Item [NOT] IN ('08:00', ...)`, and `'09:00' <= At`, the item after
the text; a parameter in the same places: `{p} <= At`, `At IN ({p1}, :p2)`); a literal only when it is written with separators (a digits-only literal is
the item's own form, or a prefix of it, compared as it is).
"""
from __future__ import annotations

__all__ = ["dated_literals", "dated_parameters"]

import re
from typing import Any, Callable

from ..syntax.names import fold
from .itemtypes import to_db
from .sql_quoted import QUOTED

_ITEM = r"(?P<item>(?<![\w.])(?:[^\W\d]\w*\.)?[^\W\d]\w*)"
_OP = r"(?P<op>\s*(?:<=|>=|<>|!=|=|<|>)\s*|\s+(?:NOT\s+)?BETWEEN\s+)"
_MARK = r"\{{(?P<{0}>[^\W\d]\w*)\}}|(?<!:):(?P<{1}>[^\W\d]\w*)"
_ANY_MARK = r"\{[^\W\d]\w*\}|(?<!:):[^\W\d]\w*"


def _comparisons(value: Callable[[str], str], listed: str) -> re.Pattern[str]:
    """The comparisons of an item with values, one pattern for texts and one for
    parameters, which differ only in how a value is written: `item op v1 [AND v2]`
    (groups item, op, and), `listed [NOT] IN (list)`, `v0 op after`, or a quoted text to
    skip. `value(n)` is the pattern of the n-th value ("0", "1", "2") with its groups
    named after n; `listed` the pattern of one value of an IN list."""
    return re.compile(
        rf"{_ITEM}{_OP}{value('1')}(?:(?P<and>\s+AND\s+){value('2')})?"
        rf"|{_ITEM.replace('item', 'listed')}\s+(?:NOT\s+)?IN\s*\("
        rf"(?P<list>\s*{listed}(?:\s*,\s*{listed})*)\s*\)"
        rf"|{value('0')}\s*(?:<=|>=|<>|!=|=|<|>)\s*"
        rf"(?P<after>(?:[^\W\d]\w*\.)?[^\W\d]\w*)(?![\w.(])|{QUOTED}", re.I | re.U)


_LITERALS = _comparisons(lambda n: rf"'(?P<v{n}>[^']*)'", r"'[^']*'")
_LISTED = re.compile(r"'([^']*)'")
_PARAMETERS = _comparisons(lambda n: f"(?:{_MARK.format('b' + n, 'c' + n)})", f"(?:{_ANY_MARK})")
_LISTED_MARK = re.compile(_MARK.format("b", "c"), re.U)

_TIME = r"\d{1,2}:\d\d(?::\d\d(?:[.,]\d+)?)?"
_DATE = r"\d{4}-\d\d-\d\d"
_WRITTEN = {"date": re.compile(rf"{_DATE}\Z"), "time": re.compile(rf"{_TIME}\Z"),
            "datetime": re.compile(rf"{_DATE}(?:[ T]{_TIME})?\Z")}


def _kind(m: re.Match[str], kinds: dict[str, str], group: str = "item") -> str | None:
    """The kind of the dated item `m` compares (its `group`), None when it names no such
    item (`m` a quoted text skipped, or another item)."""
    item = m.group(group)
    return None if item is None else kinds.get(fold(item.rpartition(".")[2]))


def dated_literals(sql: str, kinds: dict[str, str]) -> str:
    """`sql` with each text a dated item is compared with rewritten as the item's own
    form; `kinds`: the folded names of the Date, Time and DateTime items of the files the
    query names, with their kind ("date", "time", "datetime")."""
    def one(m: re.Match[str]) -> str:
        if m.group("list") is not None:
            return _listed(m, _kind(m, kinds, "listed"))
        if m.group("v0") is not None:  # '09:00' <= At
            return _stored(m, "v0", m.group(0), _kind(m, kinds, "after"))
        kind = _kind(m, kinds)
        if kind is None:
            return m.group(0)
        if "between" in m.group("op").lower() and m.group("and") is None:
            return m.group(0)
        text = m.group(0)
        for group in ("v2", "v1"):  # (the second first: the first's span stays right)
            text = _stored(m, group, text, kind)
        return text
    return _LITERALS.sub(one, sql)


def _stored(m: re.Match[str], group: str, text: str, kind: str | None) -> str:
    """`text` (`m`'s, perhaps already changed after `group`) with the literal of `group`
    written as the item of `kind` holds it, when it is written the way people write one."""
    value = m.group(group)
    if kind is None or value is None or not _WRITTEN[kind].match(value):
        return text
    start, end = m.span(group)
    return text[:start - m.start()] + to_db(kind, 0, value, "") + text[end - m.start():]


def _listed(m: re.Match[str], kind: str | None) -> str:
    """`At [NOT] IN ('08:00', '09:30')`: each text of the list as the item holds it."""
    if kind is None:
        return m.group(0)
    def value(v: re.Match[str]) -> str:
        text = v.group(1)
        return f"'{to_db(kind, 0, text, '')}'" if _WRITTEN[kind].match(text) else v.group(0)
    start, end = m.start("list") - m.start(), m.end("list") - m.start()
    whole = m.group(0)
    return whole[:start] + _LISTED.sub(value, m.group("list")) + whole[end:]


def dated_parameters(sql: str, values: dict[str, Any], kinds: dict[str, str]
                     ) -> dict[str, Any]:
    """The query's parameter values (folded names) with each one a dated item is compared
    with (`At = {pAt}`, `OrderDate BETWEEN :p1 AND :p2`) converted as storing it into the
    item converts it; the others as they are. A new dictionary when one changed."""
    changed = dict(values)
    for m in _PARAMETERS.finditer(sql):
        kind, names = _compared(m, kinds)
        for name in names:
            value = changed.get(fold(name)) if name else None
            if value is not None:
                changed[fold(name)] = to_db(kind, 0, value, "")
    return changed


def _compared(m: re.Match[str], kinds: dict[str, str]) -> tuple[str, list[str | None]]:
    """The kind of the dated item `m` compares with parameters and their names: `At =
    {p}`, `OrderDate BETWEEN :p1 AND :p2`, `{p} <= At` (the parameter first), `At [NOT] IN
    ({p1}, :p2)`; no name when `m` compares no dated item (or is a quoted text)."""
    if m.group("list") is not None:
        kind = _kind(m, kinds, "listed")
        names = [x.group("b") or x.group("c") for x in _LISTED_MARK.finditer(m.group("list"))]
    elif m.group("after") is not None:
        kind = _kind(m, kinds, "after")
        names = [m.group("b0") or m.group("c0")]
    else:
        kind = _kind(m, kinds)
        names = [m.group("b1") or m.group("c1"), m.group("b2") or m.group("c2")]
    return (kind, names) if kind is not None else ("", [])
