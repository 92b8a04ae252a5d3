"""A PostgreSQL table made before Date, Time and DateTime items kept a text of any
length (their columns `varchar(8)`, `varchar(9)`, `varchar(17)`): its owner's program
widens those columns when it first uses the data file, so a text kept whole is written
(it was refused: "value too long for type character varying(8)"), and the rows already
there are read as before; a role with rights on the rows only cannot change the table
and gets the database's refusal, as before (hfsql/widen_dated.py, docs/hfsql.md "Record
buffer")."""
from __future__ import annotations

from typing import Any

from hfsql_support import VISIT, PgServer, run_shop

_VISIT = VISIT


def _widths(conn: Any, table: str) -> dict[str, int]:
    """The size of each varchar column of `table` (-1: none)."""
    rows = conn.execute("SELECT attname, atttypmod FROM pg_attribute WHERE attrelid = "
                        "to_regclass(%s) AND attnum > 0 AND NOT attisdropped AND "
                        "atttypid = 'varchar'::regtype", [table]).fetchall()
    return {name: (mod - 4 if mod > 0 else -1) for name, mod in rows}


def _made_the_old_way(conn: Any) -> None:
    """The columns as the tables made before 6 Dec 2026 had them, in a database from
    before the marker of the tables brought up to date (hfsql/dated_forms.py)."""
    conn.execute('DROP TABLE IF EXISTS _hf_format')
    conn.execute('ALTER TABLE customer ALTER COLUMN birthdate TYPE varchar(8)')
    conn.execute('ALTER TABLE visit ALTER COLUMN "at" TYPE varchar(9)')
    conn.execute('ALTER TABLE visit ALTER COLUMN stamp TYPE varchar(17)')


_FIRST = _VISIT + """HCreation(Customer)
HCreation(Visit)
Customer.Name = "Old"
Customer.BirthDate = "20240115"
Trace(HAdd(Customer))
Visit.Code = "A"
Visit.At = "10:30"
Visit.Stamp = "2025-01-05T10:30"
Trace(HAdd(Visit))
"""

_LATER = _VISIT + """Customer.Name = "New"
Customer.BirthDate = "05/01/2025"
Trace(HAdd(Customer), ErrorOccurred)
Visit.Code = "B"
Visit.At = "about ten o'clock"
Visit.Stamp = "05/01/2025 at 10:30"
Trace(HAdd(Visit), ErrorOccurred)
FOR EACH Customer ON Name
	Trace(Customer.Name, Customer.BirthDate)
END
FOR EACH Visit ON Code
	Trace(Visit.Code, Visit.At, Visit.Stamp)
END
"""


def test_the_owner_widens_a_table_made_the_old_way(pg_server: PgServer) -> None:
    import psycopg
    url = pg_server.new_database("olddated")
    try:
        assert run_shop(_FIRST, url) == "1\n1\n"
        with psycopg.connect(url, autocommit=True) as conn:
            _made_the_old_way(conn)
            assert _widths(conn, "customer")["birthdate"] == 8
            assert (_widths(conn, "visit")["at"], _widths(conn, "visit")["stamp"]) == (9, 17)
            assert run_shop(_LATER, url) == (
                "1, 0\n1, 0\nNew, 05/01/2025\nOld, 20240115\n"
                "A, 10300000, 20250105103000000\nB, about ten o'clock, 05/01/2025 at 10:30\n")
            assert _widths(conn, "customer")["birthdate"] == -1
            assert (_widths(conn, "visit")["at"], _widths(conn, "visit")["stamp"]) == (-1, -1)
            assert _widths(conn, "customer")["name"] > 0  # a text item keeps its size
            # once widened, the next program finds nothing to change
            assert run_shop(_VISIT + 'Trace(HNbRec(Customer), HNbRec(Visit))\n', url) == "2, 2\n"
    finally:
        pg_server.drop_database("olddated")


def test_a_role_with_rights_on_the_rows_only_changes_nothing(
        clerk: tuple[str, str, Any]) -> None:
    owner_url, clerk_url, conn = clerk
    assert run_shop(_VISIT + "HCreation(Visit)\n", owner_url) == ""
    conn.execute('GRANT SELECT, INSERT, UPDATE, DELETE ON visit TO '
                 f'"{clerk_url.split("//", 1)[1].split("@", 1)[0]}"')
    conn.execute('ALTER TABLE customer ALTER COLUMN birthdate TYPE varchar(8)')
    out = run_shop('Customer.Name = "New"\nCustomer.BirthDate = "05/01/2025"\n'
                   'Trace(HAdd(Customer), ErrorOccurred)\n'
                   'Trace(ErrorInfo() [= "HAdd", Position(ErrorInfo(), "too long") > 0)\n'
                   'Customer.BirthDate = "20250105"\nTrace(HAdd(Customer))\n', clerk_url)
    assert out == "0, 1\n1, 1\n1\n"
    assert _widths(conn, "customer")["birthdate"] == 8


def test_a_column_a_view_uses_stays_as_it_was(pg_server: PgServer) -> None:
    """The owner cannot ALTER a column a view uses: that column keeps its size and the
    file is used all the same (it was "cannot be created or used as the table 'Visit'"),
    inside a transaction too; the other columns are widened."""
    import psycopg
    url = pg_server.new_database("olddatedview")
    try:
        assert run_shop(_FIRST, url) == "1\n1\n"
        with psycopg.connect(url, autocommit=True) as conn:
            _made_the_old_way(conn)
            conn.execute('CREATE VIEW vv AS SELECT code, "at" FROM visit')
            out = run_shop(_VISIT + 'HCreationIfNotFound(Visit)\nVisit.Code = "B"\n'
                           'Visit.At = "11:45"\nVisit.Stamp = "2025-01-05T11:45"\n'
                           'Trace(HAdd(Visit), ErrorOccurred)\n'
                           'Trace(HNbRec(Visit))\n', url)
            assert out == "1, 0\n2\n"
            assert (_widths(conn, "visit")["at"], _widths(conn, "visit")["stamp"]) == (9, -1)
            conn.execute('ALTER TABLE visit ALTER COLUMN stamp TYPE varchar(17)')
            out = run_shop(_VISIT + 'HTransactionStart()\nVisit.Code = "C"\n'
                           'Visit.At = "12:00"\nTrace(HAdd(Visit), ErrorOccurred)\n'
                           'Trace(HTransactionEnd(), HNbRec(Visit))\n', url)
            assert out == "1, 0\n1, 3\n"
            assert (_widths(conn, "visit")["at"], _widths(conn, "visit")["stamp"]) == (9, -1)
            assert conn.execute("SELECT count(*) FROM vv").fetchone() == (3,)
    finally:
        pg_server.drop_database("olddatedview")
