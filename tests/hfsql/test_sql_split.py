"""SQL scripts cut into statements in one pass (wlinterp/hfsql/sqlsplit.py): the same
statements as SQLite's own `complete_statement` finds, and a long script through
SQLExec gives the right rows (the former cutting read the text again at each `;`)."""
from __future__ import annotations

import io
import random
import sqlite3
from pathlib import Path

from wlinterp.engine import run_source
from wlinterp.hfsql.sqlsplit import split_script


def _by_complete_statement(text: str) -> list[str]:
    """The statements SQLite's `complete_statement` finds, grown one `;` at a time (the
    former code, quadratic; kept here as the reference)."""
    statements, piece = [], ""
    parts = text.split(";")
    for i, part in enumerate(parts):
        piece += part if i == len(parts) - 1 else part + ";"
        if sqlite3.complete_statement(piece):
            if piece.strip(" \t\r\n;"):
                statements.append(piece)
            piece = ""
    if piece.strip(" \t\r\n;"):
        statements.append(piece)
    return statements


_PIECES = ["SELECT", " ", "'", "''", '"', ";", "--", "\n", "/*", "*/", "END", "CREATE",
           "TRIGGER", "TEMP", "temporary", "EXPLAIN", "BEGIN", "x", "[", "]", "`", "1", "(",
           "-", "*", "/", "é", "\t", "end", "\xa0", "$", ";END;", "\f"]


def test_same_statements_as_sqlite_on_random_texts() -> None:
    rng = random.Random(8)
    for _ in range(20000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 16)))
        assert split_script(text) == _by_complete_statement(text), repr(text)


def test_triggers_strings_and_comments_keep_their_semicolons() -> None:
    script = ("CREATE TABLE t (a TEXT);\n"
              "CREATE TEMP TRIGGER g AFTER INSERT ON t BEGIN SELECT 1; SELECT ';'; END;\n"
              "INSERT INTO t VALUES ('a;b'); -- a comment; still one\n"
              "/* ; */ SELECT \"x;y\" FROM [t;];  ;\n"
              "SELECT 2")
    assert split_script(script) == [
        "CREATE TABLE t (a TEXT);",
        "\nCREATE TEMP TRIGGER g AFTER INSERT ON t BEGIN SELECT 1; SELECT ';'; END;",
        "\nINSERT INTO t VALUES ('a;b');",
        " -- a comment; still one\n/* ; */ SELECT \"x;y\" FROM [t;];",
        "\nSELECT 2"]


def test_a_long_script_through_sqlexec(tmp_path: Path) -> None:
    """5,000 INSERTs and a text of 50,000 `;` in one SQLExec: every row is there. (In a
    database in memory: in a file, each INSERT, committed on its own, waited for the
    disk, 90 s of a 93 s test at a load of 12, for 3 s of CPU.)"""
    inserts = "".join(f"INSERT INTO n VALUES ({i});" for i in range(1, 5001))
    semis = ";" * 50000
    script = f"CREATE TABLE n (v INTEGER); {inserts} INSERT INTO s VALUES ('{semis}');"
    (tmp_path / "script.sql").write_text("CREATE TABLE s (t TEXT);" + script)
    text = f"""SQLConnect("", "", "")
Trace(SQLExec(fLoadText("{tmp_path / 'script.sql'}"), "R"))
SQLExec("SELECT count(*), sum(v) FROM n", "Q")
SQLFetch("Q")
Trace(SQLGetCol("Q", 1), SQLGetCol("Q", 2))
SQLExec("SELECT length(t) FROM s", "L")
SQLFetch("L")
Trace(SQLGetCol("L", 1))
"""
    out = io.StringIO()
    run_source(text, str(tmp_path / "t.wl"), stdout=out, stderr=io.StringIO(),
               options={"db": "sqlite::memory:"})
    assert out.getvalue().splitlines() == ["1", "5000, 12502500", "50000"]
