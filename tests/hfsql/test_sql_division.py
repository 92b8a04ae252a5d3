"""A division of or by a currency or decimal item in SQL written by hand, on SQLite
(wlinterp/hfsql/sqldivision.py; docs/hfsql.md "Division in a query"): which divisions are
written `* 1.0 /` and which are left as written. The results on both databases are the
goldens cases/query_currency_division_en.wl and requete_division_monetaire_fr.wl."""
from __future__ import annotations

import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from wlinterp.hfsql.sqldivision import exact_divisions

EXACT = frozenset({"balance", "total", "societe"})  # (folded names, as QueryItems gives)


def test_the_divisions_naming_an_exact_item_are_real() -> None:
    cases = {
        "SELECT Balance/2 FROM C": "SELECT Balance * 1.0 /2 FROM C",
        "SELECT 7 / Customer.Balance": "SELECT 7 * 1.0 / Customer.Balance",
        "SELECT SUM(Total) / COUNT(*)": "SELECT SUM(Total) * 1.0 / COUNT(*)",
        "SELECT x * Balance / 2": "SELECT x * Balance * 1.0 / 2",  # (the run of * / %)
        "SELECT 1 + BALANCE / 2": "SELECT 1 + BALANCE * 1.0 / 2",
        "SELECT 7 / -(Balance + 1)": "SELECT 7 * 1.0 / -(Balance + 1)",
        'SELECT "Balance" / 3': 'SELECT "Balance" * 1.0 / 3',
        "SELECT :p / total, {q} / Total": "SELECT :p * 1.0 / total, {q} * 1.0 / Total",
        "SELECT Balance /* a / b */ / 2": "SELECT Balance /* a / b */ * 1.0 / 2",
        "SELECT SOCIÉTÉ / Societe": "SELECT SOCIÉTÉ * 1.0 / Societe",  # (any case, accents)
    }
    for sql, want in cases.items():
        assert exact_divisions(sql, EXACT) == want, sql


def test_other_divisions_are_left_as_written() -> None:
    for sql in ("SELECT 5 / 2, Stock / 2 FROM Product", "SELECT 'Balance' / 2",
                "SELECT Balance, Stock / 2", "SELECT Stock / 2 + Balance",
                "SELECT a -- Balance / 2\nFROM t", "SELECT '/' || Balance",
                "SELECT Balance2 / 2", "/", ")/(", "SELECT ( / x"):
        assert exact_divisions(sql, EXACT) == sql, sql
    assert exact_divisions("SELECT Balance / 2", frozenset()) == "SELECT Balance / 2"


def test_sqlite_gives_the_exact_quotient() -> None:
    """On a real SQLite table whose NUMERIC column holds a whole amount as an integer."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE C (Balance NUMERIC, Stock INTEGER)")
    conn.execute("INSERT INTO C VALUES (5, 5)")
    sql = "SELECT Balance / 2, 7 / Balance, Stock / 2, SUM(Balance) / COUNT(*) / 2 FROM C"
    assert conn.execute(sql).fetchone() == (2, 1, 2, 2)
    assert conn.execute(exact_divisions(sql, EXACT)).fetchone() == (2.5, 1.4, 2, 2.5)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="Balance Stock/*%()'\"-{}:+12.,\n", max_size=60))
def test_any_text_is_read_without_failing(sql: str) -> None:
    """Fuzzed SQL: the scan never fails, and adds nothing but `* 1.0` before a `/`."""
    out = exact_divisions(sql, EXACT)
    assert out.replace(" * 1.0 /", "/").replace(" ", "") == sql.replace(" ", "")
    assert exact_divisions(sql, frozenset({"nothing"})) == sql
