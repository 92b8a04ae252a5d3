"""INTERSECT ALL and EXCEPT ALL on SQLite, which has neither (wlinterp/hfsql/set_all.py;
docs/hfsql.md "INTERSECT ALL and EXCEPT ALL on SQLite"): what is refused in words, on a
real SQLite file. The results on both databases are the goldens
cases/query_intersect_except_all_en.wl and requete_intersect_except_all_fr.wl."""
from __future__ import annotations

from pathlib import Path

from hfsql_support import run_shop

ROWS = "".join(f'HReset(Customer)\nCustomer.Name = "{n}"\nCustomer.City = "{c}"\nHAdd(Customer)\n'
               for n, c in (("Ann", "Paris"), ("Bob", "Paris"), ("Cid", "Lyon")))
QUERY = """q is Data Source
Trace(HExecuteSQLQuery(q, "{0}"))
Trace(HErrorInfo(hErrMessage))
Trace(HNbRec(q))
"""


def test_other_compounds_are_refused_in_words(tmp_path: Path) -> None:
    """Three parts (PostgreSQL reads INTERSECT first, SQLite from the left) and a
    sub-select: SQLite's "near "ALL": syntax error" became words saying what to write."""
    url = f"sqlite:{tmp_path / 'set_all.db'}"
    program = ROWS + "".join(QUERY.replace("{0}", sql) for sql in (
        ("SELECT City FROM Customer UNION SELECT City FROM Customer "
         "INTERSECT ALL SELECT City FROM Customer"),
        ("SELECT Name FROM Customer WHERE City IN (SELECT City FROM Customer "
         "EXCEPT ALL SELECT 'Lyon')"),
        "SELECT City FROM Customer EXCEPT ALL SELECT 'Lyon' ORDER BY City"))
    out = run_shop(program, url).splitlines()
    said = ("on SQLite, {} is run between two SELECTs only (SQLite has no INTERSECT ALL nor "
            "EXCEPT ALL; they are written for it there): write the other parts as "
            "sub-selects, or leave out ALL.")
    assert out[:3] == ["0", "query q: " + said.format("INTERSECT ALL"), "-1"], out
    assert out[3:6] == ["0", "query q: " + said.format("EXCEPT ALL"), "-1"], out
    assert out[6:] == ["1", "", "2"], out  # (two SELECTs: Paris twice, Lyon taken once)
