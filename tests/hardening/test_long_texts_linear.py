"""A long text literal costs memory in proportion to its length in every scan of it.

A regex written `"(?:[^"]|"")*"` keeps backtracking state for each repetition of its group,
about 140 bytes a character: a 10 MB literal took `wl run` and `wl check` to 1.2 GB (the
neighbour scan of project/needed.py), a 5 MB text in an SQL query took the run to 800 MB
(hfsql/qparams.py). Each scan below reads a 2 MB literal; its allocations must stay
within a few bytes per character, and it must still see the whole literal as one text.
"""
from __future__ import annotations

import tracemalloc
from typing import Any, Callable

import pytest

SIZE = 2_000_000
BODY = "a" * SIZE


def _peak(scan: Callable[[], Any]) -> tuple[int, Any]:
    """(the peak of what `scan` allocates, its result)."""
    tracemalloc.start()
    try:
        result = scan()
        return tracemalloc.get_traced_memory()[1], result
    finally:
        tracemalloc.stop()


def _names() -> Any:
    from wlinterp.project.needed import written_names
    return written_names(f'x = "{BODY}""q" + gnTotal // "comment\n')


def _query() -> Any:
    from wlinterp.hfsql.qparams import bind_parameters
    return bind_parameters(f"SELECT '{BODY}''q' AS x WHERE y = :p", {"p": 1}, "?")


def _dialect() -> Any:
    from wlinterp.hfsql.sqldialect import translate
    return translate(f"SELECT '{BODY}' AS x, \"{BODY}\" AS y LIMIT 1, 2", "sqlite", None)


def _strings_in_code() -> Any:
    import re

    from wlinterp.syntax.quoted_references import in_strings
    return in_strings(f'Trace("{BODY}""q" + "<§x§>")', re.compile("<§x§>"), lambda m: "X")


def _shown_names() -> Any:
    from wlinterp.shown_names import name_on_line
    return name_on_line("ouvre", f's = "{BODY}""q" + f.Ouvre(1)', 1)


def _dated_literals() -> Any:
    from wlinterp.dated_column import LITERALS
    return [m.end() for m in LITERALS.finditer(f'd = "{BODY}""q" // done')]


def _filter() -> Any:
    from wlinterp.hfsql.filters import _TOKEN
    return _TOKEN.match(f"'{BODY}\\'q'").group("str")


SCANS: dict[str, Callable[[], Any]] = {
    "needed names": _names, "query parameters": _query, "SQL dialect": _dialect,
    "strings in code": _strings_in_code, "names shown in messages": _shown_names,
    "dated operand literals": _dated_literals, "filter tokens": _filter,
}


@pytest.mark.parametrize("name", sorted(SCANS))
def test_a_long_literal_costs_linear_memory(name):
    peak, result = _peak(SCANS[name])
    assert result is not None
    assert peak < 12 * SIZE, (name, peak)


def test_the_scans_still_read_the_whole_literal_as_one_text():
    """The rewritten patterns match what the old ones did: a doubled quote stays inside."""
    names = _names()
    assert "gntotal" in names and "q" not in names and "comment" not in names
    sql, params = _query()
    assert params == [1] and sql.endswith("'q' AS x WHERE y = ?")
    assert _dated_literals()[0] == len(f'd = "{BODY}""q"')
    assert _filter() == f"'{BODY}\\'q'"
    assert _strings_in_code().endswith('""q" + "X")')
    assert _shown_names() == ("Ouvre", SIZE + 15)
