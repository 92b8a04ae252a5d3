"""PostgreSQL backend (psycopg 3): autocommit outside HFSQL transactions; inside one,
each write runs under a savepoint so that a refused record (duplicate, integrity) does
not abort the whole transaction — HFSQL lets the program go on and decide.
"""
from __future__ import annotations

__all__ = ["PgBackend", "tls_options"]

import functools
import ipaddress
import os
from contextlib import contextmanager
from typing import Any, Iterator, Sequence

from .backends import Backend, DatabaseError, is_transaction_control
from .pgpool import POOL
from .schema import PG_COLLATION, quote

_NETWORK = {"connect_timeout": "20", "keepalives": "1", "keepalives_idle": "30",
            "keepalives_interval": "10", "keepalives_count": "3"}
"""libpq's settings for a server that does not answer, where the URL gives none (*decided*,
docs/hfsql.md "Connections"): libpq waits for ever by default, so a server that accepts
the connection and then says nothing hung the run at its first H* call; and a server gone
mid-run (the network cut, no reset) is noticed within about a minute, not the system's
two hours. Ignored for a Unix socket."""


def _network_defaults(url: str) -> str:
    """The URL's connection string with _NETWORK's settings it does not give itself
    (`?connect_timeout=5` wins)."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo
    given = conninfo_to_dict(url)
    return make_conninfo(url, **{k: v for k, v in _NETWORK.items() if k not in given})


_KEPT = "wl_kept_query"  # kept_transaction's savepoint: a name of its own, not the program's
_IN_TRANSACTION = 2  # psycopg's TransactionStatus.INTRANS: a transaction block is open
_KINDS = {"23505": "duplicates", "23503": "integrity", "55P03": "lock", "40P01": "lock"}


def _interruptible_waits() -> None:
    """Make psycopg wait for the server in Python (its poll() wait, select() where there
    is no poll), as its PSYCOPG_WAIT_FUNC setting does: the compiled wait of
    psycopg[binary] lets no signal handler run until the server answers, so `wl run
    --timeout 3`, Ctrl-C or SIGTERM during a 60 s query stopped the run after 60 s. The
    session interrupted so is cancelled and closed when given back (pgpool.py)."""
    from psycopg import waiting
    wanted = getattr(waiting, "wait_poll", None) or waiting.wait_select
    if waiting.wait is not wanted:
        waiting.wait = wanted


class PgBackend(Backend):
    """One connection to a PostgreSQL database."""

    dialect = "postgresql"
    param = "%s"

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError:
            raise DatabaseError("PostgreSQL needs the psycopg package: pip install "
                                "'psycopg[binary]'") from None
        self._psycopg = psycopg
        _interruptible_waits()
        self.url = url
        tls = tls_options(url)
        try:  # from the process's pool (pgpool.py): a clean session, or a new one
            self.conn, fresh = POOL.take(url, lambda: psycopg.connect(
                _network_defaults(url), autocommit=True, **tls))
        except psycopg.Error as exc:
            hint = (" (the server is not on this machine, so the connection must be "
                    "encrypted and its certificate trusted: add sslrootcert=FILE to the "
                    "URL to trust another authority, sslmode=require to accept any "
                    "certificate, sslmode=disable to allow clear text)" if tls else "")
            raise DatabaseError(f"cannot connect to PostgreSQL ({_safe(url)}): "
                                f"{str(exc).strip()}{hint}") from None
        self.in_tx = False
        self.aborted = ""  # a plain insert failed in the transaction: it cannot be saved
        self._insert_cursor: Any = None  # plain inserts' own cursor (insert)
        if fresh and self.conn.execute(  # (made by whoever made the tables: a role with
                "SELECT 1 FROM pg_collation WHERE collname = %s AND "  # rights on the rows
                "pg_collation_is_visible(oid)", [PG_COLLATION]).fetchone() is None:  # only
            self.conn.execute(f"CREATE COLLATION IF NOT EXISTS {quote(PG_COLLATION)} (provider"
                              " = icu, locale = 'und-u-ks-level1', deterministic = false)")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        params = list(params)
        return self.conn.execute(sql, params if params else None)

    def guarded(self, sql: str, params: list[Any]) -> Any:
        """One of wlinterp's own writes (HAdd's insert, HModify's update, a migration)
        inside a transaction, under a savepoint so that its refusal (a duplicate) does not
        abort the transaction. Apart from kept_transaction on purpose: this is the write
        path of every HAdd in a transaction, so its three statements go in one pipeline
        (one round trip where kept_transaction's three are three), and its statement is
        never the program's transaction control."""
        if not self.in_tx:
            return self.conn.execute(sql, params)
        try:
            with self.conn.pipeline():  # the three statements in one round trip
                self.conn.execute("SAVEPOINT wl_write")
                cur = self.conn.execute(sql, params)
                self.conn.execute("RELEASE SAVEPOINT wl_write")
        except self._psycopg.Error:
            self.conn.execute("ROLLBACK TO SAVEPOINT wl_write")
            raise
        return cur

    @contextmanager
    def kept_transaction(self, sql: str = "") -> Iterator[None]:
        """Inside a transaction, a statement the program wrote runs under a savepoint:
        PostgreSQL aborts the whole transaction on any failed statement, so a query that
        failed (a typo in its SQL, HExecuteSQLQuery False) made every later write of the
        transaction fail ("current transaction is aborted") and HTransactionEnd lose the
        records written before it, where SQLite (and HFSQL) go on. Outside a
        transaction nothing is added (each statement is its own), nor around the
        program's own transaction control (COMMIT, SAVEPOINT sp1, ROLLBACK TO sp1...):
        wrapped, a COMMIT left the RELEASE that followed it outside any transaction
        (an error: the query returned False) and the RELEASE also dropped the program's
        savepoint made under ours (ROLLBACK TO SAVEPOINT sp1 then failed)."""
        if not self.in_tx or is_transaction_control(sql) \
                or self.conn.info.transaction_status != _IN_TRANSACTION:
            yield
            return
        self.conn.execute(f"SAVEPOINT {_KEPT}")
        try:
            yield
        except BaseException:  # (the database's error, or the run stopped meanwhile)
            self._back_to_savepoint()
            raise
        self.conn.execute(f"RELEASE SAVEPOINT {_KEPT}")

    def _back_to_savepoint(self) -> None:
        """The transaction as it was before the failed statement (the error raised says
        what failed; a connection gone cannot be asked anything)."""
        if self.conn.closed or self.conn.broken:
            return
        try:
            self.conn.execute(f"ROLLBACK TO SAVEPOINT {_KEPT}")
            self.conn.execute(f"RELEASE SAVEPOINT {_KEPT}")
        except self._psycopg.Error:
            pass  # (the error being raised is the one to report)

    def insert(self, sql: str, params: Sequence[Any], plain: bool = False
               ) -> tuple[Any, ...] | None:
        if not plain:
            return tuple(self.guarded(sql, list(params)).fetchone())
        cur = self._insert_cursor
        if cur is None:  # one cursor for every plain insert, its row read at once:
            cur = self._insert_cursor = self.conn.cursor()  # `conn.execute` makes one each
        try:  # time, a measurable part of an HAdd loop's time (docs/hfsql.md, "Performance")
            row = cur.execute(sql, params).fetchone()
        except self._psycopg.Error as exc:  # not foreseen by pg_safe_check: the
            self.aborted = str(exc).strip() or type(exc).__name__  # lost (see commit)
            raise
        return None if row is None else tuple(row)

    def write(self, sql: str, params: Sequence[Any]) -> int:
        return self.guarded(sql, list(params)).rowcount

    def begin(self) -> None:
        self.conn.execute("BEGIN")
        self.in_tx = True

    def commit(self) -> None:
        if self.aborted:  # PostgreSQL would turn this COMMIT into a silent ROLLBACK
            why = self.aborted
            self.rollback()
            raise DatabaseError("the transaction was cancelled by the database after a "
                                f"refused write ({why}); nothing was written.")
        self.conn.execute("COMMIT")
        self.in_tx = False

    def rollback(self) -> None:
        self.conn.execute("ROLLBACK")
        self.in_tx, self.aborted = False, ""

    def table_exists(self, name: str) -> bool:
        row = self.conn.execute("SELECT to_regclass(%s)", [quote(name, self.dialect)]).fetchone()
        return row is not None and row[0] is not None

    def made_by_another(self, name: str) -> bool:
        """A table another role owns: `CREATE TABLE IF NOT EXISTS` (and its indexes) is
        refused to a role without the CREATE right on the schema even when the table is
        there, so a program connected as a role with rights on the rows only could not
        use its data files ("permission denied for schema public")."""
        row = self.conn.execute("SELECT NOT pg_has_role(relowner, 'USAGE') FROM pg_class "
                                "WHERE oid = to_regclass(%s)",
                                [quote(name, self.dialect)]).fetchone()
        return row is not None and bool(row[0])

    def alive(self) -> bool:
        """Not closed, not broken, and nothing waiting on an idle connection: a server
        that ended the session (pg_terminate_backend, a restart) said so, or closed the
        socket, before anyone asked (pgpool.still_open)."""
        from .pgpool import still_open
        return still_open(self.conn)

    def classify(self, exc: BaseException) -> str | None:
        if self.conn.closed or self.conn.broken:  # the server or the network went away
            return "connection"
        return _KINDS.get(getattr(exc, "sqlstate", "") or "")

    def not_null_column(self, exc: BaseException) -> tuple[str, str] | None:
        """PostgreSQL's not_null_violation (23502) names both in its diagnostics."""
        if getattr(exc, "sqlstate", "") != "23502":
            return None
        diag = getattr(exc, "diag", None)
        return (getattr(diag, "table_name", None) or "?",
                getattr(diag, "column_name", None) or "?")

    def errors(self) -> tuple[type[BaseException], ...]:
        return (self._psycopg.Error,)

    def close(self) -> None:
        """The connection goes back to the pool (cleaned there) for the next run."""
        if self._insert_cursor is not None:
            self._insert_cursor.close()
            self._insert_cursor = None
        POOL.give_back(self.url, self.conn)


def tls_options(url: str) -> dict[str, Any]:
    """sslmode=verify-full for a server off this machine, unless the URL or PGSSLMODE chose
    a mode: psycopg's default (prefer) goes on in clear text when the server, or anyone
    between, declines TLS, and `require` takes any certificate, so whoever sits on the
    way could present their own and read the password. The host is the URL's, else its
    libpq service's, else libpq's PGHOST/PGHOSTADDR (a URL without one connects where
    they say), as libpq ranks them."""
    from psycopg.conninfo import conninfo_to_dict
    try:
        info = conninfo_to_dict(url)
    except Exception:  # psycopg's own error on connecting says what is wrong
        return {}
    service = _service_settings(info)
    if "sslmode" in info or os.environ.get("PGSSLMODE") or "sslmode" in (service or {}):
        return {}
    if service is None:  # a service no file describes here: where it goes is unknown
        return _verified(info)  # (libpq ignores sslmode on a Unix socket)
    host = info.get("host") or service.get("host") or os.environ.get("PGHOST") or ""
    address = info.get("hostaddr") or service.get("hostaddr") or \
        os.environ.get("PGHOSTADDR") or ""
    if all(_on_this_machine(h.strip()) for h in f"{host},{address}".split(",")):
        return {}
    return _verified({**service, **info})


def _verified(info: dict[str, Any]) -> dict[str, Any]:
    """verify-full, against the system's authorities unless the user named theirs."""
    options: dict[str, Any] = {"sslmode": "verify-full"}
    if "sslrootcert" not in info and not os.environ.get("PGSSLROOTCERT") \
            and not os.path.isfile(os.path.expanduser("~/.postgresql/root.crt")):
        root = _system_roots()  # (libpq's own default file, when there, is the user's)
        if root:
            options["sslrootcert"] = root
    return options


def _service_settings(info: dict[str, Any]) -> dict[str, str] | None:
    """The settings of the libpq service the URL (`service=`) or PGSERVICE names: a
    connection given only a service goes where the service file says, so its host counts
    as the URL's. {} when no service is named, None when one is named that no service
    file here describes (_service_files: libpq's search order)."""
    name = info.get("service") or os.environ.get("PGSERVICE")
    if not name:
        return {}
    import configparser
    for path in _service_files():
        parser = configparser.ConfigParser(interpolation=None, strict=False)
        try:
            parser.read(path, encoding="utf-8")
        except (configparser.Error, OSError, UnicodeDecodeError):
            continue
        if parser.has_section(name):
            return {k.lower(): v.strip() for k, v in parser.items(name)}
    return None


def _service_files() -> list[str]:
    """Where libpq looks for a service, in its documented order (PostgreSQL's "The
    Connection Service File"): the user's file (PGSERVICEFILE, else
    ~/.pg_service.conf), then the system's pg_service.conf in PGSYSCONFDIR, else in
    libpq's own system folder, `pg_config --sysconfdir` (/etc/postgresql-common on
    Debian). Before, without PGSYSCONFDIR the system's file was not read: a service
    declared there was unknown, so taken for another machine's."""
    user = os.environ.get("PGSERVICEFILE") or os.path.expanduser("~/.pg_service.conf")
    folder = os.environ.get("PGSYSCONFDIR") or _sysconfdir(os.environ.get("PATH", ""))
    return [user] + ([os.path.join(folder, "pg_service.conf")] if folder else [])


@functools.lru_cache(maxsize=4)
def _sysconfdir(search_path: str) -> str:
    """libpq's system folder as `pg_config` (found on `search_path`) gives it; "" when
    there is no pg_config. Asked once per PATH."""
    import shutil
    import subprocess
    program = shutil.which("pg_config", path=search_path or None)
    if program is None:
        return ""
    try:
        done = subprocess.run([program, "--sysconfdir"], capture_output=True, text=True,
                              timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    folder = done.stdout.strip() if done.returncode == 0 else ""
    return folder if os.path.isabs(folder) else ""


def _system_roots() -> str | None:
    """The file of this machine's trusted authorities, as Python's ssl finds it: the libpq
    psycopg bundles looks in a folder of its own build (`sslrootcert=system` finds
    nothing there), so the file is named to it."""
    import ssl
    paths = ssl.get_default_verify_paths()
    for candidate in (paths.cafile, paths.openssl_cafile):
        if candidate and os.path.isfile(candidate):
            return candidate
    return None


def _on_this_machine(host: str) -> bool:
    """A Unix socket's folder, no host at all, localhost or a loopback address."""
    if not host or host.startswith("/") or host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _safe(url: str) -> str:
    """The URL without its password, in the user part or the query (never printed)."""
    from ..secret_names import url_shown
    return url_shown(url)
