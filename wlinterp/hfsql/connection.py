"""Connections: the `Connection` type, named connections (HDescribeConnection), and the
databases they open (HOpenConnection / HChangeConnection / HCloseConnection).

A connection is turned into a database URL: `..Server` (or `..Source`) may be a full URL
(`postgresql://...`, `sqlite:PATH`); otherwise the provider decides: PostgreSQL providers
give `postgresql://user:password@server/database` (a server that is a folder, `/run/pg`
or `/run/pg:5433`, is a Unix socket's), SQLite ones `sqlite:database` (the server, when
no database is given). Files moved to a connection get their own context (buffer,
position) on that database; the run's error state and transactions stay those of the
main database (docs/hfsql.md).
"""
from __future__ import annotations

__all__ = ["Connection", "connection_url", "PROVIDERS", "known_provider", "provider_text"]

from typing import Any, Callable
from urllib.parse import quote as url_quote

from ..errors import WLRuntimeError
from ..runtime import values as V
from ..digits import ascii_digits

# A provider is a text in WINDEV: the hNativeAccess... / hAccess... constants are the
# names PC SOFT's C header HFConstant.h gives them (HNATIVEACCESS_POSTGRESQL is
# "WinDevPostgreSQL"; "WinDevClientServeurHF" also VERIFIED in generated code); MariaDB's,
# Access 2000's (the Jet 4.0 OLE DB provider) and ODBC's (the OLE DB provider for ODBC)
# are INFERRED (docs/builtins.md "Constant values").
PROVIDERS = {"postgresql": "WinDevPostgreSQL", "sqlite": "WinDevSQLite",
             "hfsql": "WinDevClientServeurHF", "hfsql_classic": "WinDevHF7",
             "access2000": "Microsoft.Jet.OLEDB.4.0", "sqlserver": "WinDevSQLServer",
             "mysql": "WinDevMySQL", "mariadb": "WinDevMariaDB", "oracle": "WinDevOracle",
             "odbc": "MSDASQL"}
_KNOWN = {text.casefold() for text in PROVIDERS.values()}


def provider_text(value: Any) -> str:
    """A provider as a connection holds it: its text as given, "" for none (nothing, 0)."""
    text = "" if value is None else V.to_str(value).strip()
    return "" if text in ("", "0") else text


def known_provider(text: str) -> bool:
    """Is this one of the providers the constants name (any case)?"""
    return text.casefold() in _KNOWN


def _is(text: str, key: str) -> bool:
    return text.casefold() == PROVIDERS[key].casefold()


# how HErrorInfo names a provider wlinterp cannot reach (beside its text)
_SHOWN = {PROVIDERS[key].casefold(): shown for key, shown in (
    ("hfsql", "HFSQL Client/Server"), ("hfsql_classic", "HFSQL Classic"),
    ("access2000", "Access (OLE DB)"), ("sqlserver", "SQL Server"), ("mysql", "MySQL"),
    ("mariadb", "MariaDB"), ("oracle", "Oracle"), ("odbc", "ODBC"))}

_FIELDS = {  # folded property name (EN and FR) -> attribute
    "provider": "provider", "server": "server", "serveur": "server", "source": "server",
    "database": "database", "basededonnees": "database", "user": "user",
    "utilisateur": "user", "password": "password", "motdepasse": "password",
    "extendedinfo": "extended", "infosetendues": "extended", "access": "access",
    "acces": "access", "name": "name", "nom": "name", "cursoroptions": "cursors",
    "optionscurseur": "cursors", "encryption": "encryption", "cryptage": "encryption",
    "compression": "compression",
}


def _no_property(name: str) -> WLRuntimeError:
    """The refusal of a property the Connection type has not; Port (real code sets
    `MaConnexion.Port = 3306`) says where the port goes: the property table of the
    Connection page (?1514073) was not read whole, its example and the web's connections
    give the port inside the server (`..Server = "host:4900"`; UNVERIFIED, docs/hfsql.md)."""
    if name == "port":
        return WLRuntimeError(f"a Connection has no property '{name}': the port is written "
                              'in Server, "host:port" (..Server = "dbhost:5432").')
    return WLRuntimeError(f"a Connection has no property '{name}'.")


class Connection:
    """`c is Connection`: what is needed to reach a database (the password is never
    shown: reading `..Password` gives "")."""

    wl_type_name = "Connection"

    def __init__(self, rt: Any = None) -> None:
        self.name = ""
        self.provider = ""
        self.server = ""
        self.database = ""
        self.user = ""
        self.password = ""
        self.extended = ""
        self.access = 0
        self.cursors = 0  # ..CursorOptions (?2512103): kept; no effect on SQLite/PostgreSQL
        # ..Encryption / ..Cryptage (an hEncryption... constant) and ..Compression (a
        # boolean) of HFSQL Client/Server's own protocol: kept and read back, no effect
        # (decided, INFERRED: docs/hfsql.md "Connections")
        self.encryption = 0
        self.compression = False
        self.transient = False  # HOpenConnection's second syntax: forgotten when closed
        self.of_analysis = False  # described by the analysis: the run's own database

    def wl_get(self, name: str) -> Any:
        attr = _FIELDS.get(name)
        if attr is None:
            raise _no_property(name)
        return "" if attr == "password" else getattr(self, attr)

    def wl_set(self, name: str, value: Any, ctx: Any = None) -> None:
        attr = _FIELDS.get(name)
        if attr is None:
            raise _no_property(name)
        setattr(self, attr, _CONVERTED.get(attr, V.to_str)(value))


_CONVERTED: dict[str, Callable[[Any], Any]] = {
    "provider": provider_text, "access": V.to_int, "cursors": V.to_int,
    "encryption": V.to_int, "compression": V.to_bool}
"""How a property written converts its value (every other one is a text)."""


def connection_url(c: Connection) -> str:
    """The database URL of a connection (see the module docstring)."""
    server = c.server.strip()
    if server.startswith(("postgresql:", "postgres:", "sqlite:")):
        return server
    if _is(c.provider, "sqlite") or (not c.provider and not server):
        return "sqlite:" + (c.database or server or ":memory:")
    if _is(c.provider, "postgresql"):
        auth = url_quote(c.user, safe="")
        if c.password:
            auth += ":" + url_quote(c.password, safe="")
        database = url_quote(c.database, safe="")
        if server.startswith("/"):  # a Unix socket's folder, its port after a colon
            folder, colon, port = server.rpartition(":")
            if not (colon and ascii_digits(port)):
                folder, port = server, ""
            query = f"?host={url_quote(folder, safe='/')}" + (f"&port={port}" if port else "")
            return f"postgresql://{auth}@/{database}{query}"
        return f"postgresql://{auth}@{server}/{database}"
    named = f"connection {c.name}" if c.name else "the connection"
    label = _SHOWN.get(c.provider.casefold())
    shown, text = (label, f"{c.provider}: ") if label else (c.provider, "")
    raise WLRuntimeError(f"{named}: provider {shown} is not available ({text}wlinterp "
                         f"reaches SQLite and PostgreSQL databases).")
