"""`x [NOT] LIKE p` of hand-written SQL as PostgreSQL runs it, with SQLite's answer
(docs/hfsql.md "LIKE on both databases", "A number compared by LIKE").

SQLite's LIKE compares any value by its text (like.py sqlite_like: a real as SQLite writes
it, "3.3", "100.0", "1.0e+20"). PostgreSQL's is for texts only and refuses the text keys'
collation, so `x LIKE` was written `x COLLATE "und-x-icu" ILIKE`: PostgreSQL refused it for
a number ("collations are not supported by type integer"), and in `1.1 * 3 LIKE '3.3'` the
collation went to the `3` alone. Here the whole operand is found, walking back from LIKE
over what binds tighter than LIKE (names, values, calls, parentheses, arithmetic, `||`),
and compared by its text: a real as SQLite writes it, any other value as PostgreSQL
writes it. An item the query's files hold as text keeps the short form. A currency or
Boolean item in the operand is read as SQLite holds it (`trim_scale`: 10.5 and 10, not
numeric(24,6)'s 10.500000; 1 and 0, not true and false), and a numeric with decimals as a
real, as SQLite holds a number written with a point. A CASE ... END is one operand.
"""
from __future__ import annotations

__all__ = ["pg_likes"]

import re
from collections.abc import Mapping
from typing import Any

from ..syntax.names import fold
from .like import PG_LIKE_COLLATE
from .sql_quoted import QUOTED

_TOKEN = re.compile(rf"(?P<quoted>{QUOTED})|(?P<word>[^\W\d]\w*|\d+\.?\d*(?:[eE][-+]?\d+)?"
                    r"|\.\d+(?:[eE][-+]?\d+)?)|(?P<op>::|\|\||<>|<=|>=|!=|\S)", re.U)
# words that end the operand before a LIKE (a clause, a lower operator, CASE's parts)
_STOPS = frozenset(
    "select where and or not on when then else end having case is between in like ilike "
    "escape distinct from join by set values as all any some exists similar limit offset "
    "union except intersect with returning".split())
# functions whose result is a text
_TEXT_CALLS = frozenset("upper lower trim ltrim rtrim substr substring left right replace "
                        "concat lpad rpad initcap reverse translate".split())
# operators binding tighter than LIKE, and the marks of a parameter ({p}, :p)
_BINDING = frozenset([".", "+", "-", "*", "/", "%", "^", "||", "::", ":", "{", "}", "$", "?"])
# The text of a value `wl_o`, a boolean written as SQLite holds it (1, 0; PostgreSQL: true)
_AS_TEXT = ("CASE WHEN pg_typeof(wl_o) = 'boolean'::regtype THEN replace(replace("
            "CAST(wl_o AS TEXT), 'true', '1'), 'false', '0') ELSE CAST(wl_o AS TEXT) END")
# The text LIKE compares, of an operand `wl_o` (written once, in a sub-select: it may be long):
# a real (float8, float4, a numeric with decimals) as SQLite writes it (15 significant digits, a point always, an
# exponent from 1e15 and below 1e-4: like.py _real_text), any other value as PostgreSQL does
_TEXT_OF = (
    "(SELECT CASE WHEN pg_typeof(wl_o) IN ('double precision'::regtype, 'real'::regtype) OR "
    "pg_typeof(wl_o) = 'numeric'::regtype AND strpos(CAST(wl_o AS TEXT), '.') > 0 THEN ("
    "SELECT CASE WHEN wl_r = 0 THEN '0.0' WHEN abs(wl_r) = 'Infinity' THEN "
    "CASE WHEN wl_r > 0 THEN 'Inf' ELSE '-Inf' END "
    "WHEN abs(wl_r) >= 1e15 OR abs(wl_r) < 1e-4 THEN regexp_replace(regexp_replace("
    "ltrim(to_char(wl_r, '9.99999999999999EEEE')), '0+e', 'e'), '\\.e', '.0e') "
    "ELSE regexp_replace(CAST(CAST(wl_r AS numeric) AS TEXT), '^(-?\\d+)$', '\\1.0') END "
    "FROM (SELECT CAST(CAST(wl_o AS TEXT) AS double precision) AS wl_r) AS wl_real) "
    "ELSE " + _AS_TEXT + " END FROM (SELECT ({0}) AS wl_o) AS wl_like)")
# The text of an operand holding a quoted text (no real: a text, or a Boolean's 1 or 0)
_QUOTED_TEXT = "(SELECT " + _AS_TEXT + " FROM (SELECT ({0}) AS wl_o) AS wl_text)"


def pg_likes(sql: str, kinds: Mapping[str, str] | None = None,
             values: dict[str, Any] | None = None) -> str:
    """Each `x [NOT] LIKE` (or ILIKE) of `sql` written `text-of-x COLLATE "und-x-icu"
    [NOT] ILIKE`; `kinds`: the kind of each item of the query's files by folded name
    ("text" for all text kinds: query_items.py); `values`: the query's parameters (folded
    names). An operand holding another LIKE keeps the collation after its last term
    alone, as before."""
    tokens = list(_TOKEN.finditer(sql))
    kinds = _without_aliases(tokens, kinds or {})
    likes = [n for n, t in enumerate(tokens) if t.group("word") and t.group(0).lower() in
             ("like", "ilike")]
    spans = []  # (LIKE's index, its operand's first and after-last index, NOT written)
    for n in likes:
        negated = n > 0 and tokens[n - 1].group(0).lower() == "not"
        end = n - 1 if negated else n
        spans.append((n, _operand_start(tokens, end), end, negated))
    edits: list[tuple[int, int, str]] = []
    for n, first, end, negated in reversed(spans):
        op = PG_LIKE_COLLATE + (" NOT ILIKE" if negated else " ILIKE")
        if first == end or any(first <= other < end for other in likes):
            edits.append((tokens[end].start(), tokens[n].end(), op))
            continue
        start = tokens[first].start()
        operand = _as_sqlite_holds(sql, tokens[first:end], kinds)
        edits.append((start, tokens[n].end(),
                      _text_of(operand, tokens[first:end], kinds, values or {}) + " " + op))
    pieces, pos = [], 0
    for start, stop, text in reversed(edits):  # (from the first: one pass over the text)
        pieces += [sql[pos:start], text]
        pos = stop
    return "".join(pieces) + sql[pos:]


def _without_aliases(tokens: list[re.Match[str]], kinds: Mapping[str, str]) -> Mapping[str, str]:
    """`kinds` without the item names the query also gives as an alias to another value
    (`SELECT Name AS Balance` in a sub-select read by `WHERE t.Balance LIKE 'Du%'`): which
    one a name means there is not known, so it is compared by its text as any value
    (_TEXT_OF), not read as the item (`trim_scale(Balance)` of a text: PostgreSQL refused
    the query where SQLite gave the rows). `x AS x` (the item kept under its name) is no
    other value."""
    shadowed = set()
    for n in range(1, len(tokens) - 1):
        if (tokens[n].group("word") or "").lower() != "as":
            continue
        alias = fold(tokens[n + 1].group(0).strip('"'))
        if alias in kinds and fold(tokens[n - 1].group(0).strip('"')) != alias:
            shadowed.add(alias)
    return {k: v for k, v in kinds.items() if k not in shadowed} if shadowed else kinds


def _operand_start(tokens: list[re.Match[str]], end: int) -> int:
    """The index of the first token of the operand that ends before tokens[end]."""
    n, depth = end, 0
    while n > 0:
        t = tokens[n - 1]
        word, op = t.group("word"), t.group("op")
        if op == ")":
            depth += 1
        elif op == "(":
            if depth == 0:
                return n
            depth -= 1
        elif depth == 0 and word is not None and word.lower() == "end":
            n = _case_of(tokens, n - 1)  # (CASE ... END: one operand)
            continue
        elif depth == 0 and (op is not None and op not in _BINDING
                             or word is not None and word.lower() in _STOPS):
            return n
        n -= 1
    return n


def _case_of(tokens: list[re.Match[str]], end: int) -> int:
    """The index of the CASE whose END is tokens[end] (CASEs nested inside counted; 0
    when there is none: the operand then starts at the text's start, and the database
    says what is wrong)."""
    n, depth = end, 0
    while n > 0:
        n -= 1
        word = (tokens[n].group("word") or "").lower()
        if word == "end":
            depth += 1
        elif word == "case":
            if depth == 0:
                return n
            depth -= 1
    return 0


# A currency or Boolean item as SQLite holds it: a currency's NUMERIC column keeps a
# whole value as an integer, another as a real (PostgreSQL's numeric(24,6) keeps six
# decimals, 10.500000: trim_scale leaves 10.5, 10); a Boolean's 1 or 0 (PostgreSQL: true)
_AS_SQLITE_HOLDS = {"currency": "trim_scale({0})", "bool": "CAST(({0}) AS integer)"}
# A Boolean item is cast to SQLite's 1 or 0 only where it is a value PostgreSQL would
# refuse as a boolean: beside arithmetic (`VIP + 1`), compared with a number (`VIP = 1`), a
# simple CASE's operand matched with numbers (`CASE VIP WHEN 1`), a THEN/ELSE value or a
# call's argument beside numbers (`THEN VIP ELSE 0`, `COALESCE(VIP, 0)`). A condition
# (`WHEN VIP`, `WHEN (VIP)`, `NOT(VIP)`, a sub-select's `WHERE x.VIP`) or a value beside TRUE
# or FALSE (`CASE VIP WHEN TRUE`, `COALESCE(VIP, FALSE)`) stays a Boolean: a Boolean result
# is written 1 or 0 (_BOOL_TEXT). A test of its neighbours only missed the parentheses,
# WHERE and TRUE (R3's finding 1).
_ARITHMETIC = frozenset(["+", "-", "*", "/", "%", "^", "||"])
_COMPARISON = frozenset(["=", "<>", "!=", "<", ">", "<=", ">="])
_TRUTHS = frozenset(("true", "false"))


def _as_sqlite_holds(sql: str, tokens: list[re.Match[str]], kinds: Mapping[str, str]) -> str:
    """The operand (`tokens` of `sql`) with each reference to a currency or Boolean item
    (`Balance`, `c.Balance`, `"VIP"`) written as SQLite holds the item's value (a Boolean
    only where it is a value: _is_value)."""
    pieces, pos, n = [], tokens[0].start(), 0
    while n < len(tokens):
        t = tokens[n]
        after = tokens[n + 1].group(0) if n + 1 < len(tokens) else ""
        name = t.group(0).strip('"') if t.group("word") or t.group(0)[:1] == '"' else ""
        form = _AS_SQLITE_HOLDS.get(kinds.get(fold(name), "")) if name else None
        if form is None or after in ("(", "."):
            n += 1
            continue
        first = n
        while first >= 2 and tokens[first - 1].group(0) == "." and (
                tokens[first - 2].group("word") or tokens[first - 2].group(0)[:1] == '"'):
            first -= 2  # (a qualified name: File.Item)
        if form.startswith("CAST") and not _is_value(tokens, first, n):
            n += 1
            continue
        start = tokens[first].start()
        pieces += [sql[pos:start], form.format(sql[start:t.end()])]
        pos, n = t.end(), n + 1
    return "".join(pieces) + sql[pos:tokens[-1].end()]


def _is_value(tokens: list[re.Match[str]], first: int, last: int) -> bool:
    """Is the Boolean item written tokens[first..last] used as a value PostgreSQL would
    refuse as a boolean (the table above _ARITHMETIC)?"""
    def word(n: int) -> str:
        return tokens[n].group(0).lower() if 0 <= n < len(tokens) else ""

    before, after = word(first - 1), word(last + 1)
    truths = any(word(n) in _TRUTHS for n in range(len(tokens)))
    if first == 0 and last == len(tokens) - 1 or before in _ARITHMETIC or after in _ARITHMETIC:
        return True
    if before in _COMPARISON or after in _COMPARISON:
        across = word(first - 2) if before in _COMPARISON else word(last + 2)
        return across not in _TRUTHS
    if before == "case":
        return word(last + 2) not in _TRUTHS
    call = before == "(" and tokens[first - 2].group("word") is not None and \
        word(first - 2) not in _STOPS if first >= 2 else False
    if before in ("then", "else", ",") or call:
        return not truths
    return False


def _text_of(operand: str, tokens: list[re.Match[str]], kinds: Mapping[str, str],
             values: dict[str, Any]) -> str:
    """The operand as the text LIKE compares: an item held as text or a quoted text as it
    is; a parameter holding a text as that text (its type is known as the query runs:
    in _TEXT_OF PostgreSQL would fold the cast to a real of the value 'abc' and refuse
    it); a real as SQLite writes it; any other value as PostgreSQL writes it."""
    if _text_parameter(tokens, values):
        return f"CAST(({operand}) AS TEXT)"
    names = [t.group(0) for t in tokens
             if t.group("word") or t.group(0) == "." or t.group(0)[:1] == '"']
    if len(tokens) == 1 and tokens[0].group(0)[:1] == "'" or (
            names == [t.group(0) for t in tokens] and names[-1] != "."
            and kinds.get(fold(names[-1].strip('"'))) == "text") or _text_call(tokens):
        return operand
    if any(t.group(0)[:1] == "'" for t in tokens) or len(tokens) == 1 and \
            tokens[0].group(0).lower() in ("true", "false", "null"):  # (no real: a text)
        return f"CAST(({operand}) AS TEXT)" if not _names_a_boolean(tokens, kinds) \
            else _QUOTED_TEXT.format(operand)
    return _TEXT_OF.format(operand)


def _names_a_boolean(tokens: list[re.Match[str]], kinds: Mapping[str, str]) -> bool:
    """Does the operand name a Boolean item (its result may be a boolean)?"""
    return any(kinds.get(fold(t.group(0).strip('"'))) == "bool" for t in tokens
               if t.group("word") or t.group(0)[:1] == '"')


def _text_parameter(tokens: list[re.Match[str]], values: dict[str, Any]) -> bool:
    """Is the operand one parameter (`{p}`, `:p`) whose value is a text?"""
    marks = "".join(t.group(0) for t in tokens if not t.group("word"))
    words = [t.group(0) for t in tokens if t.group("word")]
    return marks in ("{}", ":") and len(words) == 1 and len(tokens) == len(marks) + 1 \
        and isinstance(values.get(fold(words[0])), str)


def _text_call(tokens: list[re.Match[str]]) -> bool:
    """Is the operand one call of a function giving a text (`UPPER(City)`, `LEFT(Name,
    2)`)? It is compared as it is, as an item held as text."""
    if len(tokens) < 3 or (tokens[0].group("word") or "").lower() not in _TEXT_CALLS \
            or tokens[1].group(0) != "(":
        return False
    depth = 0
    for n, t in enumerate(tokens[1:], 1):
        depth += {"(": 1, ")": -1}.get(t.group(0), 0)
        if depth == 0:
            return n == len(tokens) - 1
    return False
