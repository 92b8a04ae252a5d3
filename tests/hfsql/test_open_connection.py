"""HOpenConnection's second syntax (?3044107): `HOpenConnection(name, user, password,
source, database, provider [, access [, extended info [, options]]])` defines the
connection and opens it; the description is kept only when it opens and is forgotten by
HCloseConnection (docs/hfsql.md, "Connections"). On a real SQLite file and the test
PostgreSQL server."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from hfsql_support import PgServer
from hfsql_support import run_shop as run
from wlinterp.errors import WLRuntimeError


MOVE = """HReset(Product)
Product.Reference = "HOME"
HAdd(Product)
Trace({open})
Trace(HChangeConnection(Product, "Other"), HNbRec(Product), HListConnection())
Product.Reference = "AWAY"
Trace(HAdd(Product), HNbRec(Product))
Trace(HCloseConnection("Other"), HListConnection() = "")
HReadFirst(Product, Reference)
Trace(Product.Reference, HNbRec(Product))
"""
MOVED = "1\n1, 0, Other\n1, 1\n1, 1\nHOME, 1\n"


def _references(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT Reference FROM product")]
    finally:
        con.close()


@pytest.mark.parametrize("open_call", [
    'HOpenConnection("Other", "", "", "{target}", "", hNativeAccessSQLite)',
    'HOuvreConnexion("Other", "moi", "", "", "{target}", hAccèsNatifSQLite, '
    'hOLectureEcriture, "", 0)'])
def test_an_sqlite_file(open_call: str, tmp_path: Path) -> None:
    """The SQLite file is the database, or the data source when no database is given
    (decided)."""
    target = tmp_path / "other.db"
    text = MOVE.format(open=open_call.format(target=target))
    assert run(text, f"sqlite:{tmp_path / 'main.db'}") == MOVED
    assert _references(target) == ["AWAY"]


def test_a_postgresql_database_on_the_test_server(pg_server: PgServer, tmp_path: Path) -> None:
    """Source `folder:port` reaches the server's Unix socket; user and database are the
    arguments, not a URL."""
    other = pg_server.new_database("open_connection_target")
    assert other.endswith(f"open_connection_target?host={pg_server.root}&port={pg_server.port}")
    source = f"{pg_server.root}:{pg_server.port}"
    text = MOVE.format(open=f'HOpenConnection("Other", "{pg_server.user}", "", "{source}", '
                            '"open_connection_target", hNativeAccessPostgreSQL)')
    assert run(text, f"sqlite:{tmp_path / 'main.db'}") == MOVED
    again = ('HOpenConnection("Other", "%s", "", "%s", "open_connection_target", '
             'hNativeAccessPostgreSQL, hORead)\nHChangeConnection(Product, "Other")\n'
             'HReadFirst(Product, Reference)\nTrace(Product.Reference)\n'
             'Product.Reference = "MORE"\nTrace(HAdd(Product), HError() <> 0)\n'
             % (pg_server.user, source))
    assert run(again, f"sqlite:{tmp_path / 'main.db'}") == "AWAY\n0, 1\n"


def test_a_failed_opening_keeps_no_description(pg_server: PgServer, tmp_path: Path) -> None:
    source = f"{pg_server.root}:{pg_server.port}"
    text = (f'Trace(HOpenConnection("Nowhere", "{pg_server.user}", "", "{source}", '
            '"no_such_database", hNativeAccessPostgreSQL), ErrorOccurred, HError() <> 0)\n'
            'Trace(Position(HErrorInfo(), "no_such_database") > 0, HListConnection() = "")\n'
            f'Trace(HOpenConnection("Missing", "", "", "{tmp_path}/no/such/dir/x.db", "", '
            'hNativeAccessSQLite), HListConnection() = "")\n')
    assert run(text, f"sqlite:{tmp_path / 'main.db'}") == "0, 1, 1\n1, 1\n0, 1\n"


def test_a_connection_variable_filled_by_the_call(tmp_path: Path) -> None:
    """A Connection variable as the first argument takes the description; fewer
    arguments leave out the password and the database (4), or the database (5)."""
    target = tmp_path / "var.db"
    text = (f'c is Connection\nTrace(HOpenConnection(c, "me", "secret", "{target}", '
            'hNativeAccessSQLite))\n'
            'Trace(c..User, c..Server = "%s", c..Database = "", c..Password = "")\n'
            'Trace(HChangeConnection(Product, c), HNbRec(Product))\n'
            f'Trace(HOpenConnection("Four", "me", "{tmp_path}/four.db", hNativeAccessSQLite))\n'
            'Trace(HOpenConnection("Ole", "me", "pw", "srv", "db", "Microsoft.Jet.OLEDB.4.0"), '
            'Position(HErrorInfo(), "Microsoft.Jet") > 0)\n' % target)
    assert run(text, f"sqlite:{tmp_path / 'main.db'}") == \
        "1\nme, 1, 1, 1\n1, 0\n1\n0, 1\n"
    assert (tmp_path / "four.db").exists()


def test_too_few_arguments_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(WLRuntimeError) as info:
        run('x = 1\nHOpenConnection("cnx", "me")\n', f"sqlite:{tmp_path / 'm.db'}")
    assert str(info.value).startswith("t.wl:2:1: HOpenConnection: give the connection's "
                                      "user, source and provider")


def test_a_name_no_connection_has_is_a_failure_not_a_stop(tmp_path: Path) -> None:
    """Decided (docs/hfsql.md): HOpenConnection, HChangeConnection and HCloseConnection
    on a name nothing describes return False with HErrorInfo; the program stopped. A
    second HCloseConnection of HOpenConnection's own connection is one (forgotten)."""
    text = ('Trace(HOpenConnection("Nowhere"), ErrorOccurred, '
            'Position(HErrorInfo(), "no connection named \'Nowhere\'") > 0)\n'
            'Trace(HChangeConnection(Product, "Nowhere"), HError() <> 0)\n'
            f'Trace(HOpenConnection("Once", "", "", "{tmp_path}/once.db", "", '
            'hNativeAccessSQLite), HCloseConnection("Once"))\n'
            'Trace(HCloseConnection("Once"), ErrorOccurred)\n'
            'Trace("still running")\n')
    assert run(text, f"sqlite:{tmp_path / 'main.db'}") == \
        "0, 1, 1\n0, 1\n1, 1\n0, 1\nstill running\n"
