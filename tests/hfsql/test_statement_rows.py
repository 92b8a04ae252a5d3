"""The rows of a statement that is no SELECT kept as a query's result
(wlinterp/hfsql/statement_rows.py; docs/hfsql.md "Rows of PRAGMA, SHOW, TABLE and
RETURNING"): SQLite's PRAGMA and PostgreSQL's SHOW, each on its own database (the other
refuses the word in its own words); RETURNING and TABLE on both are the goldens
cases/query_statement_rows_en.wl and requete_lignes_instruction_fr.wl."""
from __future__ import annotations

from pathlib import Path

import pytest
from hfsql_support import PgServer, run_shop

from wlinterp.hfsql.errors import HFError
from wlinterp.hfsql.statement_rows import MOST_VALUES, Rows, rows_select, table_select

SHOWN = """ds is Data Source
Trace(HExecuteSQLQuery(ds, "{0}"), HNbRec(ds))
s is string
FOR EACH ds
    s += [","] + ds.{1}
END
Trace(s)
"""


def test_pragma_rows_on_sqlite(tmp_path: Path) -> None:
    """`PRAGMA table_info(customer)` gave no rows (HNbRec -1); a PRAGMA setting a value
    gives none still."""
    program = ('HReset(Customer)\nCustomer.Name = "A"\nHAdd(Customer)\n'
               + SHOWN.format("PRAGMA table_info(customer)", "name")
               + 'Trace(HExecuteSQLQuery(ds, "PRAGMA foreign_keys = ON"), HNbRec(ds))\n')
    out = run_shop(program, f"sqlite:{tmp_path / 'pragma.db'}").splitlines()
    assert out[0].startswith("1, ") and int(out[0][3:]) >= 9, out
    assert out[1].split(",")[:3] == ["_hrec", "CustomerID", "Name"], out
    assert out[2] == "1, -1", out


def test_show_rows_on_postgresql(pg_server: PgServer) -> None:
    """`SHOW server_encoding` gave no rows (HNbRec -1)."""
    url = pg_server.new_database("statement_rows_show")
    try:
        out = run_shop(SHOWN.format("SHOW server_encoding", "server_encoding"), url)
    finally:
        pg_server.drop_database("statement_rows_show")
    assert out.splitlines() == ["1, 1", "UTF8"]


def test_the_select_of_kept_rows() -> None:
    assert table_select("  table Customer ORDER BY Name") == "SELECT * FROM Customer ORDER BY Name"
    assert table_select("TABLE (x)") == "TABLE (x)"  # (not the short form)
    assert rows_select("q", Rows(['a"b', "c"], [(1, "x"), (2, None)]), "?") == (
        'SELECT column1 AS "a""b", column2 AS "c" FROM (VALUES (?, ?), (?, ?)) AS wl_rows',
        [1, "x", 2, None])
    assert rows_select("q", Rows(["a"], []), "%s") == ('SELECT NULL AS "a" WHERE 1 = 0', [])
    with pytest.raises(HFError, match="more than a result keeps"):
        rows_select("q", Rows(["a"], [(n,) for n in range(MOST_VALUES + 1)]), "?")
