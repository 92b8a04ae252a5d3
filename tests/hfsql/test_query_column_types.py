"""The type codes of a query's columns from a table outside the analysis (a golden
program cannot write SQL that both databases accept for a binary column): each comes
from the type the database gives it (wlinterp/hfsql/column_types.py), as HFConstant.h
numbers it."""
from __future__ import annotations

import io
from pathlib import Path

from hfsql_support import SHOP
from wlinterp.engine import run_source

_PROGRAM = """q is Data Source
HExecuteSQLQuery(q, hQueryWithoutCorrection, "CREATE TABLE extra (n INTEGER, \
label VARCHAR(20), photo {binary}, ratio REAL, amount DECIMAL(10,2))")
HExecuteSQLQuery(q, hQueryWithoutCorrection, "INSERT INTO extra VALUES (1, 'a', {bytes}, 0.5, 2.25)")
r is Data Source
HExecuteSQLQuery(r, "SELECT n, label, photo, ratio, amount, n + 1 AS later FROM extra")
FOR EACH STRING line OF HListItem(r, hLstDetail) SEPARATED BY CR
    Trace(Lower(ExtractString(line, 1, TAB)) + "=" + ExtractString(line, 3, TAB))
END
HReadFirst(r)
Trace(NumToString(Length(r.photo)) + r.photo)
"""


def test_columns_outside_the_analysis_have_the_database_type(db_url: str,
                                                             tmp_path: Path) -> None:
    sqlite = db_url.startswith("sqlite")
    out = io.StringIO()
    program = _PROGRAM.format(binary="BLOB" if sqlite else "bytea",
                              bytes="X'7879'" if sqlite else "decode('7879', 'hex')")
    run_source(program, str(tmp_path / "t.wl"),
               stdout=out, stderr=io.StringIO(),
               options={"db": db_url, "analysis": str(SHOP)})
    lines = out.getvalue().split()
    codes = dict(pair.split("=") for pair in lines[:-1])
    # HFConstant.h's codes (docs/hfsql.md "Item type codes"): 19 an 8-byte integer, 31 a
    # decimal (the `.xdd`'s 25 and 41 until 5 Dec 2026)
    assert codes == {"n": "19" if sqlite else "5", "label": "2", "photo": "16",
                     "ratio": "7" if sqlite else "6", "amount": "31",
                     "later": "19" if sqlite else "5"}
    assert lines[-1] == "2xy"  # the binary column reads as a Buffer (it was bytes, which
    # Length refused)
