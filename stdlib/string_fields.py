"""String functions that cut or build a string from pieces: ExtractString/ExtraitChaîne
(the n-th field between separators, with firstRank/nextRank walks) and
StringBuild/ChaîneConstruit (%1, %2... parameters). Split from strings.py by job; the
shared helpers and constants stay there.
"""
from __future__ import annotations

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, Given, IntArg, TextArg
from wlinterp.runtime.state import Runtime

from .strings import (EOT, FIRST_RANK, FROM_BEGINNING, FROM_END, LAST_RANK, NEXT_RANK,
                      PREVIOUS_RANK, TAB, _pattern, int_arg, needles, text_arg)

family = Family("Strings (fields)")


def split_fields(text: str, sep: object, fname: str = "ExtractString") -> list[str]:
    """Fields of `text` cut at `sep` (a string, or an array of possible separators: where
    two match at one place, the longer wins); StringToArray cuts so too."""
    return _split(text, needles(sep, fname), fname)


def _split(text: str, seps: list[str], fname: str) -> list[str]:
    """Fields of `text` cut at any of `seps` (split_fields)."""
    if not seps:
        raise WLRuntimeError(f"{fname}: the separator cannot be empty.")
    if len(seps) == 1:
        return text.split(seps[0])
    return _pattern(seps, 0).split(text)


_RANK_WORDS = frozenset({FIRST_RANK, NEXT_RANK, LAST_RANK, PREVIOUS_RANK})


def _rank_check(given: list[Given]) -> str | None:
    """ExtractString's rank written as a number below 1 (`ExtractString(s, 0, ",")`):
    the run refuses it in these words; `wl check` says it first, at the call (WL115).
    The rank constants (firstRank...) are no ranks."""
    rank = given[1].value if len(given) > 1 else None
    if type(rank) is int and rank < 1 and rank not in _RANK_WORDS:
        return _rank_refused(rank)
    return None


def _rank_refused(k: int) -> str:
    return f"ExtractString: the rank must be at least 1 (got {k})."


@family.function("ExtractString", "ExtraitChaîne", declared_check=_rank_check)
def extract_string(rt: Runtime, s: TextArg, rank: IntArg, sep: object = TAB,
                   direction: IntArg = FROM_BEGINNING) -> str:
    """The `rank`-th field (1-based) of `s` cut at `sep` (default TAB), counted from the end
    with FromEnd; the constant EOT once past the last field.

    firstRank / nextRank / lastRank / previousRank walk the fields: firstRank and lastRank
    (re)start at either end, nextRank and previousRank return the field after or before
    the one last returned for the same string (kept in rt.state); EOT past either end.
    """
    text = text_arg(s, "ExtractString")
    seps = needles(sep, "ExtractString")
    fields = _fields(rt, text, seps, bool(int_arg(direction, "ExtractString") & FROM_END))
    k = int_arg(rank, "ExtractString")
    if k in _RANK_WORDS:
        k = _walked(rt, (text, repr(seps)), k, len(fields))
        if k < 1:
            return EOT
    elif k < 1:
        raise WLRuntimeError(_rank_refused(k))
    return fields[k - 1] if k <= len(fields) else EOT


def _walked(rt: Runtime, key: tuple[str, str], k: int, count: int) -> int:
    """The rank firstRank / nextRank / lastRank / previousRank (`k`) stands for in the
    walk of `key` (text, separators) over its `count` fields; 0 before the first."""
    cursors = _cursors(rt, key)
    if k == FIRST_RANK:
        k = cursors[key] = 1
    elif k == NEXT_RANK:
        k = cursors[key] = cursors.get(key, 0) + 1
    elif k == LAST_RANK:
        k = cursors[key] = count
    else:  # previousRank
        k = cursors[key] = max(cursors.get(key, count + 1) - 1, 0)
    return k


def _fields(rt: Runtime, text: str, seps: list[str], from_end: bool) -> list[str]:
    """The fields of `text` (reversed for FromEnd), cut once for the calls that follow on
    the same text: a loop reading each field by its rank, or by nextRank, cut the whole
    text at every call (20,000 fields took 90 s). The last text's fields are kept (in
    rt.state); they are never changed."""
    key = (text, seps, from_end)
    last = rt.state.get("strings.extract.fields")
    if last is not None and last[0] == key:
        return last[1]
    fields = _split(text, seps, "ExtractString")
    if from_end:
        fields.reverse()
    rt.state["strings.extract.fields"] = (key, fields)
    return fields


_WALKS_KEPT = 64
"""How many texts' firstRank/nextRank walks are remembered, the most recently used
(*decided*: each text walked stayed in memory for the whole run, so walking each line of
a big file kept the whole file)."""


def _cursors(rt: Runtime, key: tuple[str, str]) -> dict[tuple[str, str], int]:
    """The walks' positions by (text, separators), `key`'s made the most recent (the
    oldest forgotten past _WALKS_KEPT: its next nextRank starts again at the first field)."""
    cursors: dict[tuple[str, str], int] = rt.state.setdefault("strings.extract", {})
    if key in cursors:
        cursors[key] = cursors.pop(key)  # (the most recent last)
    elif len(cursors) >= _WALKS_KEPT:
        del cursors[next(iter(cursors))]
    return cursors


def _parameter_digits_end(text: str, start: int, count: int) -> int:
    """Where the digits from text[start] that may name one of `count` parameters end:
    the run of 0-9, but no more significant digits than `count` has. A run of thousands
    of digits (`%999...`) was read again at each shorter length: quadratic, and past
    4,300 digits Python's own words ("Exceeds the limit ... for integer string
    conversion"), exit 2, found by the fuzz campaign."""
    end = start
    while end < len(text) and text[end] in "0123456789":
        end += 1
    zeros = start
    while zeros < end and text[zeros] == "0":
        zeros += 1
    return min(end, zeros + len(str(count)))


@family.function("StringBuild", "ChaîneConstruit")
def string_build(rt: Runtime, fmt: TextArg, *params: object) -> str:
    """`fmt` with %1, %2... replaced by the parameters' text; %% gives a literal %.

    Digits after % are read greedily while they name an existing parameter (%12 is the
    twelfth parameter only if there are 12). A % naming no parameter is kept as written.
    """
    text = text_arg(fmt, "StringBuild")
    args = [text_arg(p, "StringBuild") for p in params]
    out: list[str] = []
    i = 0
    while i < len(text):
        c = text[i]
        if c != "%" or i + 1 >= len(text):
            out.append(c)
            i += 1
            continue
        if text[i + 1] == "%":
            out.append("%")
            i += 2
            continue
        j = _parameter_digits_end(text, i + 1, len(args))
        while j > i + 1 and not 1 <= int(text[i + 1:j].lstrip("0") or "0") <= len(args):
            j -= 1
        if j == i + 1:
            out.append("%")
            i += 1
        else:
            out.append(args[int(text[i + 1:j].lstrip("0")) - 1])
            i = j
    return "".join(out)
