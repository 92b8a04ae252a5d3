"""Shared by the HFSQL tests: the shop analysis and a throw-away PostgreSQL server
(initdb + pg_ctl, Unix socket only)."""
from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

SHOP = Path(__file__).resolve().parents[2] / "samples" / "orders" / "shop.xdd"
_CANDIDATES = [f"/usr/lib/postgresql/{v}/bin" for v in (17, 16, 15, 14, 13)]


def fast_folder() -> str | None:
    """A memory-backed folder (/dev/shm) to hold the tests' databases, or None (the
    system's temporary folder) where there is none or it is small.

    Nothing here tests durability: on a disk, each committed write of SQLite (one per
    HAdd outside a transaction) and each CREATE/DROP DATABASE of PostgreSQL waits for the
    disk, which was most of the HFSQL tests' time (the 902 SQL cases: 700 s of waiting for
    34 s of computing on a busy machine). The files stay real SQLite files and a real
    server's folder. 2 GB free at least: a container's default /dev/shm (64 MB) cannot
    hold a server's folder, so it is not used."""
    folder = "/dev/shm"
    try:
        if os.path.isdir(folder) and os.access(folder, os.W_OK) and \
                shutil.disk_usage(folder).free >= 2 << 30:
            return folder
    except OSError:
        return None
    return None


def find_pg_bin() -> str | None:
    """The folder holding initdb and pg_ctl (Debian's layout first, then the PATH)."""
    for folder in _CANDIDATES:
        if os.path.exists(os.path.join(folder, "initdb")):
            return folder
    found = shutil.which("initdb")
    return os.path.dirname(found) if found and shutil.which("pg_ctl") else None


class PgServer:
    """initdb into `root`, start listening on a socket in `root`, stop and forget."""

    def __init__(self, bindir: str, root: Path) -> None:
        self.bindir = bindir
        self.root = root
        self.data = root / "data"
        self.port = 54000 + os.getpid() % 1000
        self.user = "postgres"
        self._as: list[str] = []
        self._admin: Any = None
        if os.geteuid() == 0:  # initdb refuses root: run the server as `postgres`
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                subprocess.run(["useradd", "--system", "--no-create-home", "postgres"],
                               check=True)
            shutil.chown(root, "postgres")
            os.chmod(root, 0o755)
            self._as = ["runuser", "-u", "postgres", "--"]
        else:
            self.user = pwd.getpwuid(os.getuid()).pw_name

    def _run(self, *cmd: str) -> None:
        subprocess.run([*self._as, *cmd], check=True, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, timeout=120)

    def start(self) -> None:
        self._run(f"{self.bindir}/initdb", "-D", str(self.data), "-A", "trust", "-U", self.user,
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        opts = (f"-c listen_addresses='' -c unix_socket_directories={self.root} "
                f"-p {self.port} -c fsync=off -c synchronous_commit=off "
                f"-c full_page_writes=off")
        self._run(f"{self.bindir}/pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"),
                  "-w", "-t", "60", "start", "-o", opts)
        self._start_watchdog()

    def _stop_command(self) -> list[str]:
        return [*self._as, f"{self.bindir}/pg_ctl", "-D", str(self.data), "-m", "immediate",
                "-w", "stop"]

    def _start_watchdog(self) -> None:
        """Have a separate process stop the server if this test process dies first.

        The server outlives a test run killed by a timeout otherwise (pg_ctl detaches it)."""
        watchdog = Path(__file__).with_name("pg_watchdog.py")
        subprocess.Popen([sys.executable, str(watchdog), str(os.getpid()), str(self.root),
                          "--", *self._stop_command()], stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True)

    def stop(self) -> None:
        if self._admin is not None:
            self._admin.close()
        subprocess.run(self._stop_command(), check=False, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=60)

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{self.user}@/{dbname}?host={self.root}&port={self.port}"

    def admin(self) -> Any:
        """One connection to the `postgres` database for creating and dropping the
        tests' databases (a new connection each time cost a server process each)."""
        import psycopg
        if self._admin is None or self._admin.closed or self._admin.broken:
            self._admin = psycopg.connect(self.url(), autocommit=True)
        return self._admin

    def _admin_execute(self, sql: str) -> None:
        """Run `sql` on the admin connection, connecting again once if the server ended
        it (a test ending sessions)."""
        import psycopg
        try:
            self.admin().execute(sql)
        except psycopg.OperationalError:
            self._admin.close()
            self.admin().execute(sql)

    def new_database(self, name: str) -> str:
        conn = self.admin()
        # FILE_COPY (PostgreSQL 15 and later; the only way before): copies the template's
        # files instead of writing them all to the WAL, cheaper for an empty database
        strategy = " STRATEGY FILE_COPY" if conn.info.server_version >= 150000 else ""
        self._admin_execute(f'CREATE DATABASE "{name}"{strategy}')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop a test's database, ending the sessions the engine's pool may keep on it.

        The pool's idle sessions are closed first: DROP DATABASE ... WITH (FORCE) ends
        a session still open and then waits for it in steps of 0.1 s."""
        from wlinterp.hfsql.pgpool import POOL
        POOL.close_all()
        self._admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run_shop(text: str, url: str) -> str:
    """What a program traces, run on the orders sample's analysis and database `url`."""
    import io

    from wlinterp.engine import run_source
    out = io.StringIO()
    run_source(text, "t.wl", stdout=out, stderr=io.StringIO(),
               options={"analysis": str(SHOP), "db": url})
    return out.getvalue()


def role_of(url: str) -> str:
    """The role a PostgreSQL URL logs in as (`postgresql://role@/db...`)."""
    return url.split("//", 1)[1].split("@", 1)[0]


# A data file described in code: a text key Code, a Time item At, a DateTime item Stamp
VISIT = """fd is File Description
itm is Item Description
fd..Name = "Visit"
itm..Name = "Code"
itm..Type = hItemText
itm..Size = 10
itm..KeyType = hUniqueKey
HDescribeItem(fd, itm)
itm..Name = "At"
itm..Type = hItemTime
itm..KeyType = hNotAKey
HDescribeItem(fd, itm)
itm..Name = "Stamp"
itm..Type = hItemDateTime
HDescribeItem(fd, itm)
HDescribeFile(fd)
"""
