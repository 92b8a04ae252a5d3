"""Fixtures for the HFSQL tests: a fresh database per test on each backend.

SQLite: a new file in the test's temporary folder. PostgreSQL: one real server per test
session (Debian's `postgresql` binaries, `initdb` into a temporary folder, Unix socket
only, run as the `postgres` user when the tests run as root), and a new database per
test, dropped after it. The PostgreSQL half is skipped only when no server binaries exist at all.
"""
from __future__ import annotations

import itertools
import shutil
import tempfile
from pathlib import Path
from typing import Iterator

import pytest

from hfsql_support import PgServer, find_pg_bin

_db_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bindir = find_pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not found: install Debian's "
                    "postgresql package (.ci/run does) to run the PostgreSQL half")
    root = Path(tempfile.mkdtemp(prefix="wl-pg-"))  # pytest's folders are private to root
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
        yield f"sqlite:{tmp_path / 'test.db'}"
        return
    server: PgServer = request.getfixturevalue("pg_server")
    name = f"t{next(_db_numbers)}"
    yield server.new_database(name)
    server.drop_database(name)
