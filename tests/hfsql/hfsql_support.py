"""Shared by the HFSQL tests: the shop analysis and a throw-away PostgreSQL server
(initdb + pg_ctl, Unix socket only)."""
from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
from pathlib import Path

SHOP = Path(__file__).resolve().parents[2] / "samples" / "orders" / "shop.xdd"
_CANDIDATES = ["/usr/lib/postgresql/{v}/bin".format(v=v) for v in (17, 16, 15, 14, 13)]


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
                  "-E", "UTF8", "--locale=C.UTF-8")
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
        subprocess.run(self._stop_command(), stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=60)

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{self.user}@/{dbname}?host={self.root}&port={self.port}"

    def new_database(self, name: str) -> str:
        import psycopg
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop a test's database, ending the sessions the engine's pool may keep on it."""
        import psycopg
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


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
