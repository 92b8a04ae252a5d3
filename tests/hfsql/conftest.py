"""Fixtures for the HFSQL tests: a fresh database per test on each backend.

SQLite: a new file in a new folder, in memory where there is room (fast_folder), else in
the test's temporary folder. PostgreSQL: one real server per test
session (Debian's `postgresql` binaries, `initdb` into a temporary folder, Unix socket
only, run as the `postgres` user when the tests run as root), and a new database per
test, dropped after it. The PostgreSQL half is skipped only when no server binaries exist at all.
"""
from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hfsql_support import PgServer, fast_folder, find_pg_bin, run_shop

_db_numbers = itertools.count(1)
_clerk_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bindir = find_pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not found: install Debian's "
                    "postgresql package (.ci/run does) to run the PostgreSQL half")
    # pytest's folders are private to root; in memory where there is room (fast_folder)
    root = Path(tempfile.mkdtemp(prefix="wl-pg-", dir=fast_folder()))
    server = PgServer(bindir, root)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL on each backend.

    A PostgreSQL database is dropped after its test: kept, the few hundred databases of a
    run grew the server's folder to about 2 GB and 50,000 files, written during the run and
    removed at its end."""
    if request.param == "sqlite":
        folder = fast_folder()
        if folder is None:
            yield f"sqlite:{tmp_path / 'test.db'}"
            return
        own = Path(tempfile.mkdtemp(prefix="wl-sqlite-", dir=folder))
        try:
            yield f"sqlite:{own / 'test.db'}"
        finally:
            shutil.rmtree(own, ignore_errors=True)
        return
    server: PgServer = request.getfixturevalue("pg_server")
    name = f"t{next(_db_numbers)}"
    yield server.new_database(name)
    server.drop_database(name)


@pytest.fixture()
def clerk(pg_server: PgServer) -> Iterator[tuple[str, str, object]]:
    """(the owner's URL, the clerk's URL, a connection as the owner) of a new database
    whose tables the owner made; the clerk may read and write their rows."""
    import psycopg
    n = next(_clerk_numbers)
    name, role = f"num{os.getpid()}_{n}", f"clerk{os.getpid()}_{n}"
    owner_url = pg_server.new_database(name)
    run_shop("HCreation(Customer)\n", owner_url)
    conn = psycopg.connect(owner_url, autocommit=True)
    conn.execute(f'CREATE ROLE "{role}" LOGIN')
    conn.execute(f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public '
                 f'TO "{role}"')
    conn.execute(f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "{role}"')
    try:
        yield owner_url, owner_url.replace(f"//{pg_server.user}@", f"//{role}@"), conn
    finally:
        conn.close()
        pg_server.drop_database(name)
        with psycopg.connect(pg_server.url(), autocommit=True) as admin:
            admin.execute(f'DROP ROLE IF EXISTS "{role}"')
