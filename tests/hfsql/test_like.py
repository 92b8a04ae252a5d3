"""hfsql/like.py sqlite_like, the LIKE every SQLite connection uses: SQLite's own rules
(`%`, `_`, ESCAPE, NULL, a number by its text) with every letter's case ignored."""
from __future__ import annotations

import sqlite3

import pytest

from wlinterp.hfsql import like
from wlinterp.hfsql.errors import QUERY, HFError
from wlinterp.hfsql.like import like_sql, sqlite_like
from wlinterp.hfsql.sqlite_stop import watch


@pytest.mark.parametrize("pattern, value, escape, expected", [
    ("évry", "Évry", None, 1),
    ("ÉV%", "évry-courcouronnes", None, 1),
    ("évry", "Evry", None, 0),  # accents count
    ("a_c", "AbC", None, 1),
    ("a_c", "abbc", None, 0),
    ("100\\%", "100%", "\\", 1),
    ("100\\%", "1000", "\\", 0),
    ("a.c", "abc", None, 0),  # a regular expression's characters are themselves
    ("1%", 15, None, 1),
    ("x", None, None, None),
    (None, "x", None, None),
    ("ab\\", "ab", "\\", 0),
    ("a%", "a\nb", None, 1),
    ("3.3", 1.1 * 3, None, 1),  # a real by SQLite's text (Python's: 3.3000000000000003)
    ("1.0e+20", 1e20, None, 1),
    ("100._", 100.0, None, 1),
])
def test_sqlite_like(pattern: object, value: object, escape: object, expected: object) -> None:
    assert sqlite_like(pattern, value, escape) == expected


def test_registered_like_is_the_operator() -> None:
    """Registered as `like` with two and three arguments, it is what LIKE and LIKE ...
    ESCAPE call (as backends.py registers it)."""
    conn = sqlite3.connect(":memory:")
    conn.create_function("like", 2, sqlite_like, deterministic=True)
    conn.create_function("like", 3, sqlite_like, deterministic=True)
    assert conn.execute("SELECT 'Évry' LIKE 'évry', 'Évry' NOT LIKE 'évry', "
                        "'a%' LIKE 'A!%' ESCAPE '!', NULL LIKE 'a'").fetchone() \
        == (1, 0, 1, None)
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("SELECT 'a' LIKE 'a' ESCAPE 'xy'").fetchone()


def test_like_sql_on_each_database() -> None:
    assert like_sql("sqlite", '"City"', True, "?") == '"City" NOT LIKE ?'
    assert like_sql("postgresql", '"City"', False, "%s") \
        == '"City" COLLATE "und-x-icu" ILIKE %s'


def test_a_stop_inside_like_is_raised_by_its_h_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stop of the run landing inside sqlite_like (`--timeout` during a long scan) is
    kept, the query aborted at the progress handler's next look, and the H* failure
    raises the stop: sqlite3 turned it into "user-defined function raised exception"
    and the run went on past the query."""
    conn = sqlite3.connect(":memory:")
    watch(conn)
    conn.create_function("like", 2, sqlite_like, deterministic=True)
    calls: list[str] = []
    folded = like._fold

    def fold(text: str) -> str:
        calls.append(text)
        if len(calls) == 3:
            raise KeyboardInterrupt  # what a signal handler raises where it runs
        return folded(text)

    monkeypatch.setattr(like, "_fold", fold)
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) "
                     "SELECT count(*) FROM c WHERE 'v' || x LIKE 'zz'").fetchall()
    assert len(calls) > 3  # (the endless query ended: aborted for the stop)
    with pytest.raises(KeyboardInterrupt):
        HFError(QUERY, "query QRY: user-defined function raised exception")
    HFError(QUERY, "a failure made later is one")  # the stop was raised once


def test_a_refused_escape_keeps_sqlite_words() -> None:
    """An ESCAPE that is not one character: the query's error gives SQLite's words, once
    (sqlite3 says only "user-defined function raised exception")."""
    conn = sqlite3.connect(":memory:")
    conn.create_function("like", 3, sqlite_like, deterministic=True)
    with pytest.raises(sqlite3.OperationalError) as failed:
        conn.execute("SELECT 'a' LIKE 'a' ESCAPE 'xy'").fetchone()
    assert like.refusal(failed.value) == "ESCAPE expression must be a single character"
    assert like.refusal(failed.value) is None


@pytest.mark.parametrize("real", [1.1 * 3, 1e20, 100.0, 1e15, 1.2345678901234568e17, 0.1,
                                  1e-5, -2.5, -0.0, 1 / 3, 1e300, float("inf"), -float("inf")])
def test_a_real_is_read_as_sqlite_writes_it(real: float) -> None:
    text = sqlite3.connect(":memory:").execute("SELECT CAST(? AS TEXT)", (real,)).fetchone()[0]
    assert sqlite_like(text, real) == 1
