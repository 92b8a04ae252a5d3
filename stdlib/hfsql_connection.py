"""HFSQL connections: the Connection type, HDescribeConnection/HDécritConnexion,
HOpenConnection/HOuvreConnexion, HChangeConnection/HChangeConnexion, HConnect/HConnecte,
HCloseConnection/HFermeConnexion, HReconnect/HReconnecte, HDeclareExternal/HDéclareExterne
(a declaration through a connection) and the provider constants. Data files described in
code and HDeclare: hfsql_described_files.py."""
from __future__ import annotations

from typing import Any

from wlinterp.errors import WLRuntimeError
from wlinterp.hfsql.connection import (PROVIDERS, Connection, connection_url, known_provider,
                                       provider_text)
from wlinterp.hfsql.context import FileContext
from wlinterp.hfsql.database import Database
from wlinterp.hfsql.errors import CONNECTION, FILE_MISSING, HFError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .hfsql_base import db_of, file_arg, h_function

family = Family("HFSQL connections")
family.type("Connection", "Connexion", Connection)
family.constant("hNativeAccessPostgreSQL", "hAccèsNatifPostgreSQL", PROVIDERS["postgresql"])
family.constant("hNativeAccessSQLite", "hAccèsNatifSQLite", PROVIDERS["sqlite"])
family.constant("hAccessHFClientServer", "hAccèsHFClientServeur", PROVIDERS["hfsql"])
# HFSQL Classic and the OLE DB provider for Access 2000, as PC SOFT's replication example
# passes them to HDescribeConnection (names INFERRED from that code; no page read): they
# are not reachable, as HFSQL Client/Server is not (docs/hfsql.md, "Connections")
family.constant("hAccessHF7", "hAccèsHF7", PROVIDERS["hfsql_classic"])
family.constant("hOledbAccess2000", "hOledbAccess2000", PROVIDERS["access2000"])
# Other Native Connectors, known so that code naming them compiles; wlinterp reaches none
# of them (they fail as HFSQL Client/Server does). hNativeAccessSQLServer: VERIFIED,
# ?3044205's example; the others and the French names INFERRED from the pattern.
for _key, _en, _fr in (("sqlserver", "SQLServer", "SQLServer"), ("mysql", "MySQL", "MySQL"),
                       ("mariadb", "MariaDB", "MariaDB"), ("oracle", "Oracle", "Oracle")):
    family.constant(f"hNativeAccess{_en}", f"hAccèsNatif{_fr}", PROVIDERS[_key])
family.constant("hODBC", "hODBC", PROVIDERS["odbc"])
# HConnect's access (?3044263's example passes hOReadWrite; the French names INFERRED);
# also a connection's ..Access and HDescribeConnection's access: hORead opens the
# database read-only (every write refused, nothing created). hOReadWrite VERIFIED 3
# (WINDEV Mobile's generated Java for `..Accès = hOLectureEcriture`, code search id
# 16744167602); hORead 1 is HFConstant.h's HOREAD. An access never set (0) is read-write.
H_O_READ_WRITE, H_O_READ = 3, 1
family.constant("hOReadWrite", "hOLectureEcriture", H_O_READ_WRITE)
family.constant("hORead", "hOLecture", H_O_READ)
# A connection's cursor options (CursorOptions ?2512103: "one or more of" them, so bit
# flags; the values of HFConstant.h's eADOCURSOROPTIONS, matched by meaning: INFERRED):
# kept and read back; SQLite and PostgreSQL have no OLE DB
# cursor to choose, so they change nothing (decided, docs/hfsql.md "Connections").
# French names: hCurseurClient VERIFIED (?1514073's example), the others INFERRED; the two
# whose French words could not be guessed keep their English name in French.
for _bit, (_en, _fr) in enumerate((
        ("hServerCursor", "hCurseurServeur"), ("hClientCursor", "hCurseurClient"),
        ("hDynamicCursor", "hCurseurDynamique"), ("hOpenKeysetCursor", "hOpenKeysetCursor"),
        ("hStaticCursor", "hCurseurStatique"), ("hReadOnlyCursor", "hCurseurLectureSeule"),
        ("hPessimisticCursor", "hCurseurPessimiste"), ("hOptimisticCursor", "hCurseurOptimiste"),
        ("hForwardOnlyCursor", "hForwardOnlyCursor"))):
    family.constant(_en, _fr, 1 << _bit)


# A connection's ..Encryption / ..Cryptage (HFSQL Client/Server's protocol; kept, no
# effect on SQLite or PostgreSQL): no stored page gives the constants' values, INFERRED
for _value, (_en, _fr) in enumerate((
        ("hEncryptionNone", "hCryptageAucun"), ("hEncryptionRC5_12", "hCryptageRC5_12"),
        ("hEncryptionRC5_16", "hCryptageRC5_16"), ("hEncryptionRC5_24", "hCryptageRC5_24"))):
    family.constant(_en, _fr, _value)


def _registry(rt: Runtime) -> dict[str, Any]:
    """Named connections (Connection objects) and their open databases. The analysis's
    own connections (its CONNEXION entries) are named from the start: each stands for
    the run's database (*decided*, docs/hfsql.md "Connections of the analysis")."""
    reg = rt.state.get("hfsql_connections")
    if reg is None:
        reg = rt.state["hfsql_connections"] = {"named": {}, "open": {}}
        for name in db_of(rt).analysis.connections:
            if name:
                c = Connection()
                c.name, c.of_analysis = name, True
                reg["named"][fold(name)] = c
    return reg


def _connection(rt: Runtime, value: Any, fname: str) -> Connection:
    if isinstance(value, Connection):
        return value
    named = _registry(rt)["named"].get(fold(V.to_str(value)))
    if named is None:
        raise WLRuntimeError(f"{fname}: no connection named '{V.to_str(value)}'.")
    return named


def _h_connection(rt: Runtime, value: Any, fname: str) -> Connection:
    """HOpenConnection's, HChangeConnection's and HCloseConnection's connection: a name
    no connection has is the call's failure (False, HErrorInfo), as a connection that
    cannot be opened is (decided: the name is text the program may have read anywhere;
    it stopped the program)."""
    if isinstance(value, Connection) or is_connection(rt, value):
        return _connection(rt, value, fname)
    raise HFError(CONNECTION, f"{fname}: no connection named '{V.to_str(value)}' is "
                              "described (HDescribeConnection, a Connection variable or "
                              "HOpenConnection's second syntax describe one).")


def open_connection(rt: Runtime, value: Any, fname: str) -> Database:
    """The database of a connection argument (a Connection or a described name), opened
    on first use. A Connection nothing describes (no provider, server nor database: a
    variable declared and passed on, as HTransactionStart(cnx)) is the run's own
    database; it opened an empty database of its own, so a transaction or a query on it
    missed the program's data (decided, docs/hfsql.md "Transactions")."""
    c = _connection(rt, value, fname)
    if not (c.provider or c.server.strip() or c.database.strip()):
        return db_of(rt)
    return _open(rt, c)


def open_databases(rt: Runtime) -> list[Database]:
    """The databases of the connections opened so far (not the run's own)."""
    return list(_registry(rt)["open"].values())


def is_connection(rt: Runtime, value: Any) -> bool:
    """Is this argument a connection (a Connection, or the name of a described one)?"""
    return isinstance(value, Connection) or (
        isinstance(value, str) and fold(value) in _registry(rt)["named"])


@h_function(family, "HDescribeConnection", "HDécritConnexion")
def h_describe_connection(rt: Runtime, name: Any, user: Any, password: Any, server: Any,
                          database: Any, provider: Any, access: Any = None,
                          extended: Any = None, cursors: Any = None) -> bool:
    """Define a named connection (replacing one of the same name)."""
    c = Connection()
    c.name, c.user, c.password = V.to_str(name), V.to_str(user), V.to_str(password)
    c.server, c.database, c.provider = V.to_str(server), V.to_str(database), provider_text(provider)
    _optional(c, access, extended, cursors)
    _registry(rt)["named"][fold(c.name)] = c
    return True


def _optional(c: Connection, access: Any = None, extended: Any = None,
              cursors: Any = None) -> None:
    """The optional parameters HDescribeConnection and HOpenConnection share: access,
    extended information, cursor options."""
    c.access = H_O_READ_WRITE if access is None else V.to_int(access)
    c.extended = "" if extended is None else V.to_str(extended)
    c.cursors = 0 if cursors is None else V.to_int(cursors)


def _open(rt: Runtime, c: Connection) -> Database:
    if c.of_analysis:  # a connection of the analysis: the run's own database
        return db_of(rt)
    reg = _registry(rt)["open"]
    db = reg.get(id(c))
    if db is None:
        main = db_of(rt)
        try:  # an unsupported provider fails as an unreachable database does (H* rule)
            db = Database(main.analysis, connection_url(c), read_only=c.access == H_O_READ)
            db.backend  # noqa: B018  (opening checks the parameters)
        except WLRuntimeError as exc:
            raise HFError(CONNECTION, f"the connection cannot be opened: {exc.message}") \
                from None
        reg[id(c)] = db
        rt.at_exit(db.close)
    return db


@h_function(family, "HOpenConnection", "HOuvreConnexion")
def h_open_connection(rt: Runtime, connection: Any, *described: Any) -> bool:
    """Open a connection (a Connection variable or a described name); False with
    HErrorInfo() when the database cannot be reached. With more arguments, the help's
    second syntax (?3044107): define the connection and open it in one call."""
    if described:
        return _define_and_open(rt, connection, described)
    _open(rt, _h_connection(rt, connection, "HOpenConnection"))
    return True


def _define_and_open(rt: Runtime, connection: Any, described: tuple[Any, ...]) -> bool:
    """HOpenConnection(name, user [, password], source [, database], provider [, access
    [, extended info [, options]]]) (?3044107). The description is kept only when the
    connection opens, and goes with HCloseConnection (the page says both). Given 4
    arguments, password and database are left out; given 5, the database is (decided:
    docs/hfsql.md, "Connections"). The options are the cursor options (CursorOptions)."""
    if len(described) < 3:
        raise WLRuntimeError("HOpenConnection: give the connection's user, source and "
                             "provider (name, user, password, source, database, provider).")
    if len(described) < 5:
        user, *middle, provider = described
        described = (user, middle[0] if len(middle) == 2 else "",
                     middle[-1], "", provider)
    user, password, server, database, provider, *more = described
    c = connection if isinstance(connection, Connection) else Connection()
    c.user, c.password = V.to_str(user), V.to_str(password)
    c.server, c.database = V.to_str(server), V.to_str(database)
    c.provider = provider_text(provider)
    if c.provider and not known_provider(c.provider):
        raise HFError(CONNECTION, f"HOpenConnection: the provider '{c.provider}' is not "
                                  "available (wlinterp reaches SQLite and PostgreSQL "
                                  "databases).")
    _optional(c, *more[:3])
    if not isinstance(connection, Connection):
        c.name = V.to_str(connection)
    c.transient = True
    _open(rt, c)  # raises: nothing is kept
    if c.name:
        _registry(rt)["named"][fold(c.name)] = c
    return True


@h_function(family, "HChangeConnection", "HChangeConnexion")
def h_change_connection(rt: Runtime, file: Any, connection: Any) -> bool:
    """Make a data file ("*": every file of the analysis) use the connection's database."""
    db = _open(rt, _h_connection(rt, connection, "HChangeConnection"))
    main = db_of(rt)
    every = isinstance(file, str) and file.strip() == "*"
    names = list(main.analysis.files) if every \
        else [fold(file_arg(rt, file, "HChangeConnection").name)]
    for key in names:
        if db is main:  # (a connection of the analysis) back on the run's database
            main.contexts.pop(key, None)
        else:
            main.contexts[key] = FileContext(db, main.analysis.files[key])
    return True


@h_function(family, "HConnect", "HConnecte")
def h_connect(rt: Runtime, file: Any, user: Any = None, password: Any = None,
              database: Any = None, provider: Any = None, access: Any = None,
              test: Any = None, extended: Any = None) -> bool:
    """Redefine the database of a data file ("*": every file) and open its table (made
    when missing), as HChangeConnection on a connection described from the arguments;
    the data file alone gives it back its default database, the run's (?3044263)."""
    main = db_of(rt)
    every = isinstance(file, str) and file.strip() == "*"
    names = list(main.analysis.files) if every \
        else [fold(file_arg(rt, file, "HConnect").name)]
    if user is None:  # back to the default parameters
        for key in names:
            main.contexts.pop(key, None)
        return True
    read_only = access is not None and V.to_int(access) == H_O_READ
    c = _described(rt, user, password, database, provider, extended, read_only)
    db = _open(rt, c)
    for key in names:  # every table there first (read-only: none is made), then moved
        db.ensure(main.analysis.files[key])
    for key in names:
        main.contexts[key] = FileContext(db, main.analysis.files[key])
    return True


def _described(rt: Runtime, user: Any, password: Any, database: Any, provider: Any,
               extended: Any, read_only: bool) -> Connection:
    """HConnect's connection: one per database reached, shared by the files connected
    to it (as a described connection is). `database` may be a URL (`sqlite:...`,
    `postgresql://...`); a provider given by name (an OLE DB provider) is not one
    wlinterp can reach."""
    c = Connection()
    c.user, c.password = V.to_str(user), V.to_str(password or "")
    c.access = H_O_READ if read_only else H_O_READ_WRITE
    target = V.to_str(database or "")
    if target.strip().startswith(("postgresql:", "postgres:", "sqlite:")):
        c.server = target.strip()
    else:
        c.database = target
    c.provider = provider_text(provider)
    if c.provider and not known_provider(c.provider):
        raise HFError(CONNECTION, f"HConnect: the provider '{c.provider}' is not available "
                                  "(wlinterp reaches SQLite and PostgreSQL databases).")
    c.extended = "" if extended is None else V.to_str(extended)
    try:
        key = connection_url(c)
    except WLRuntimeError as exc:
        raise HFError(CONNECTION, f"the connection cannot be opened: {exc.message}") \
            from None
    key += " (read-only)" if read_only else ""  # a connection of its own
    return _registry(rt).setdefault("hconnect", {}).setdefault(key, c)


@h_function(family, "HCloseConnection", "HFermeConnexion")
def h_close_connection(rt: Runtime, connection: Any) -> bool:
    """Close a connection; its files go back to the run's database."""
    c = _h_connection(rt, connection, "HCloseConnection")
    if c.transient and c.name:  # HOpenConnection's own description
        _registry(rt)["named"].pop(fold(c.name), None)
    db = _registry(rt)["open"].pop(id(c), None)
    if db is None:
        return True
    main = db_of(rt)
    for key, ctx in list(main.contexts.items()):
        if ctx.db is db:
            del main.contexts[key]
    db.close()
    return True


@h_function(family, "HReconnect", "HReconnecte")
def h_reconnect(rt: Runtime) -> bool:
    """Open again every connection of the run lost with the server or the network
    (?1000017278); the others are left alone. False with HErrorInfo when one cannot be:
    a transaction or locks went with it, or the server cannot be reached
    (wlinterp/hfsql/reconnect.py)."""
    from wlinterp.hfsql.reconnect import reconnect
    failed: HFError | None = None
    for db in [db_of(rt), *_registry(rt)["open"].values()]:
        try:
            reconnect(db)
        except HFError as err:
            failed = failed or err
    if failed is not None:
        raise failed
    return True


# -- HDeclareExternal -------------------------------------------------------------------
@h_function(family, "HDeclareExternal", "HDéclareExterne")
def h_declare_external(rt: Runtime, path: Any, logical: Any, password: Any = None,
                       connection: Any = None) -> bool:
    """Declare an existing data file that no analysis describes: its table (the file
    name without folder and `.fic`) is read back from the database (or the connection's)
    and becomes the data file `logical`."""
    import os

    from wlinterp.hfsql.introspect import describe_table
    db = db_of(rt) if connection is None else _open(rt, _connection(rt, connection,
                                                                      "HDeclareExternal"))
    table = os.path.splitext(os.path.basename(V.to_str(path).replace("\\", "/")))[0]
    try:
        desc = describe_table(db.backend, table, V.to_str(logical))
    except ValueError as exc:
        raise HFError(FILE_MISSING, f"HDeclareExternal: {exc}", table) from None
    if desc is None:
        raise HFError(FILE_MISSING, f"HDeclareExternal: no data file {table} in the database.",
                      table)
    main = db_of(rt)
    main.declare(desc)
    if db is not main:
        main.contexts[fold(desc.name)] = FileContext(db, desc)
    db.mark_ready(desc.physical)
    return True
