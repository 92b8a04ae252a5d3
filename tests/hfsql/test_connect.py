"""HConnect / HConnecte (?3044263) to another database of each kind: a data file moved
to a PostgreSQL database given by URL, to an SQLite file given by path, and back
(docs/hfsql.md, "HDuplicateRecord, HConnect")."""
from __future__ import annotations

import io
import sqlite3
from pathlib import Path

from hfsql_support import SHOP, PgServer
from wlinterp.engine import run_source


def run(text: str, url: str) -> str:
    out = io.StringIO()
    run_source(text, "t.wl", stdout=out, stderr=io.StringIO(),
               options={"analysis": str(SHOP), "db": url})
    return out.getvalue()


MOVE = """HReset(Product)
Product.Reference = "HOME"
HAdd(Product)
Trace(HConnect(Product, "", "", "{target}", {provider}))
Product.Reference = "AWAY"
Trace(HAdd(Product), HNbRec(Product))
Trace(HConnecte(Product), HNbEnr(Product))
HReadFirst(Product, Reference)
Trace(Product.Reference)
"""


def test_a_file_moved_to_a_postgresql_database(db_url: str, pg_server: PgServer) -> None:
    other = pg_server.new_database(f"connect_target_{db_url.startswith('sqlite')}".lower())
    text = MOVE.format(target=other, provider="hNativeAccessPostgreSQL")
    assert run(text, db_url) == "1\n1, 1\n1, 1\nHOME\n"
    assert run(f'HConnect(Product, "", "", "{other}", hNativeAccessPostgreSQL)\n'
               "HReadFirst(Product, Reference)\nTrace(Product.Reference, HNbRec(Product))\n",
               db_url) == "AWAY, 1\n"


def test_a_file_moved_to_an_sqlite_file(db_url: str, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.db"
    text = MOVE.format(target=target, provider="hNativeAccessSQLite")
    assert run(text, db_url) == "1\n1, 1\n1, 1\nHOME\n"
    con = sqlite3.connect(target)
    try:
        assert [r[0] for r in con.execute("SELECT Reference FROM product")] == ["AWAY"]
    finally:
        con.close()


READ_ONLY = """Trace(HConnect(Product, "", "", "{target}", hNativeAccessPostgreSQL, {access}))
Trace(HReadFirst(Product, Reference), Product.Reference)
Product.Label = "changed"
Trace(HModify(Product), HError() <> 0)
HReset(Product)
Product.Reference = "MORE"
Trace(HAdd(Product), HNbRec(Product))
"""


def test_a_postgresql_database_read_only(pg_server: PgServer, tmp_path: Path) -> None:
    """hORead on PostgreSQL: the session refuses every write; the pooled session the run
    gives back is writable again for the next program."""
    other = pg_server.new_database("connect_read_only")
    run(MOVE.format(target=other, provider="hNativeAccessPostgreSQL"),
        f"sqlite:{tmp_path / 'a.db'}")
    url = f"sqlite:{tmp_path / 'b.db'}"
    assert run(READ_ONLY.format(target=other, access="hORead"), url) \
        == "1\n1, AWAY\n0, 1\n0, 1\n"
    assert run(READ_ONLY.format(target=other, access="hOReadWrite"), url) \
        == "1\n1, AWAY\n1, 0\n1, 2\n"
