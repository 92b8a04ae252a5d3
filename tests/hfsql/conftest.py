"""Fixtures for the HFSQL tests: a fresh database per test on each backend.

SQLite: a new file in the test's temporary folder. PostgreSQL: one real server per test
session (Debian's `postgresql` binaries, `initdb` into a temporary folder, Unix socket
only, run as the `postgres` user when the tests run as root), and a new database per
test. The PostgreSQL half is skipped only when no server binaries exist at all.
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
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database URL on each backend."""
    if request.param == "sqlite":
        return f"sqlite:{tmp_path / 'test.db'}"
    server: PgServer = request.getfixturevalue("pg_server")
    return server.new_database(f"t{next(_db_numbers)}")
