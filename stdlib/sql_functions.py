"""The older SQL functions, connections and queries: SQLConnect/SQLConnecte,
SQLDisconnect/SQLDéconnecte, SQLChangeConnection/SQLChangeConnexion, SQLExec,
SQLTransaction, SQLInfoGene, SQLListTable/SQLListeTable, SQLColumn/SQLColonne,
SQLListSource/SQLListeSource, SQLExecWDR and the `SQL` variable (docs/builtins.md,
"The older SQL functions"). Browsing a result is stdlib/sql_browse.py.

Error convention (PC SOFT's pages: SQLExec returns False, SQLConnect 0): a database that
refuses is never a WLanguage error; the function's result says it and SQL.Error /
SQL.MesError say why. A query name that was never run is a programming error (fatal).
"""
from __future__ import annotations

import re
from typing import Any

from wlinterp.errors import WLRuntimeError
from wlinterp.hfsql.errors import HFError
from wlinterp.hfsql.sqlcalls import (NO_ERROR, DatabaseError, SQLConn, SQLQuery,
                                     SQLVariable, listed_sources, open_source, run_text,
                                     source_url, sql_state)
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .paths import native_path

family = Family("SQL functions")
family.variable("SQL", "SQL", lambda rt: SQLVariable(sql_state(rt)))

SQL_START, SQL_COMMIT, SQL_ROLLBACK = 1, 2, 3
family.constant("sqlStart", "sqlDébut", SQL_START)
family.constant("sqlCommit", "sqlFin", SQL_COMMIT)
family.constant("sqlRollBack", "sqlAnnule", SQL_ROLLBACK)


def _errors(conn: SQLConn) -> tuple[type[BaseException], ...]:
    return conn.backend.errors() + (DatabaseError,)


@family.function("SQLConnect", "SQLConnecte")
def sql_connect(rt: Runtime, source: Any, user: Any = "", password: Any = "",
                database: Any = "", db_type: Any = "", provider: Any = None,
                extra: Any = None) -> int:
    """Open a connection and make it current: its number, or 0 (SQL.Error, SQL.MesError)
    when the database cannot be reached or its type is not available."""
    state = sql_state(rt)
    where = V.to_str(source)
    if "\0" in where:  # no file or server can be named so; the drivers would raise
        state.fail("08001", "SQLConnect: the source holds a NUL character: no database "
                            "can be named so.")
        return 0
    if fold(V.to_str(db_type)).strip() == "sqlite" and not where.startswith("sqlite:"):
        where = native_path(where)  # C:\\Data\\shop.db as the file functions map it
    url = source_url(where, V.to_str(user), V.to_str(password), V.to_str(database),
                     V.to_str(db_type))
    if url is None:
        state.fail("08001", f"SQLConnect: the database type '{V.to_str(db_type)}' is not "
                            "available for the source '" + V.to_str(source) + "' (wlinterp "
                            "reaches SQLite and PostgreSQL; a source can be named by a "
                            "WL_SQL_SOURCE_<NAME> variable).")
        return 0
    shared = None
    try:
        if url == "":
            from wlinterp.hfsql.database import session
            shared = session(rt)
            backend = shared.backend
        else:
            backend = open_source(url)
    except (DatabaseError, WLRuntimeError) as exc:
        text = exc.message if isinstance(exc, WLRuntimeError) else str(exc)
        state.fail("08001", f"SQLConnect: {text}")
        return 0
    number = state.next_number
    state.next_number += 1
    state.conns[number] = SQLConn(number, backend, shared)
    state.current = number
    state.ok()
    return number


@family.function("SQLDisconnect", "SQLDéconnecte")
def sql_disconnect(rt: Runtime) -> None:
    """Close the current connection and the queries run on it."""
    state = sql_state(rt)
    conn = state.conns.pop(state.current, None)
    state.current = 0
    if conn is None:
        return
    for key, query in list(state.queries.items()):
        if query.conn is conn:
            del state.queries[key]
    conn.close()
    state.ok()


@family.function("SQLChangeConnection", "SQLChangeConnexion")
def sql_change_connection(rt: Runtime, number: Any) -> None:
    """Make another open connection (a number SQLConnect gave) the current one."""
    state = sql_state(rt)
    n = V.to_int(number)
    if n not in state.conns:
        raise WLRuntimeError(f"SQLChangeConnection: no open connection number {n}.")
    state.current = n


@family.function("SQLExec", "SQLExec")
def sql_exec(rt: Runtime, text: Any, name: Any) -> bool:
    """Run an SQL statement on the current connection under a query name (a query of
    the same name is replaced); False with SQL.Error/SQL.MesError when it fails."""
    return _exec(rt, V.to_str(text), name)


def _exec(rt: Runtime, text: str, name: Any, params: dict[str, Any] | None = None) -> bool:
    """SQLExec's work; `params` (SQLExecWDR) fill the text's {Param} marks."""
    state = sql_state(rt)
    key = state.drop(name)  # a query of the same name is replaced
    conn = state.connection("SQLExec")
    if conn is None:
        return False
    try:
        args: list[Any] = []
        if params is not None:
            from wlinterp.hfsql.wdr import bind_braces
            text, args = bind_braces(text, params, conn.backend.param)
        with conn.backend.kept_transaction(text):  # a failure leaves SQLTransaction's
            cursor = run_text(conn.backend, text, args)  # transaction usable (pg.py)
            if cursor.description is None:
                columns: list[str] = []
                rows: list[tuple[Any, ...]] = []
            else:
                columns = [d[0] for d in cursor.description]
                rows = [tuple(r) for r in cursor.fetchall()]
            touched = max(getattr(cursor, "rowcount", 0) or 0, 0)
    except HFError as exc:  # a {Param} of the query without a value
        state.fail("07002", f"SQLExecWDR: {exc.message}")
        return False
    except _errors(conn) as exc:
        state.fail_db(conn, exc)
        return False
    query = SQLQuery(V.to_str(name).strip(), conn, columns, rows, 0 if columns else touched)
    state.queries[key] = query
    state.show(query)
    state.ok()
    return True


@family.function("SQLTransaction", "SQLTransaction")
def sql_transaction(rt: Runtime, operation: Any) -> bool:
    """Start (sqlStart), commit (sqlCommit) or cancel (sqlRollBack) a transaction on the
    current connection; False with SQL.Error/SQL.MesError when the database refuses."""
    state = sql_state(rt)
    op = V.to_int(operation)
    if op not in (SQL_START, SQL_COMMIT, SQL_ROLLBACK):
        raise WLRuntimeError(f"SQLTransaction: unknown operation {op} (sqlStart, sqlCommit "
                             "or sqlRollBack).")
    conn = state.connection("SQLTransaction")
    if conn is None:
        return False
    try:
        (conn.begin, conn.commit, conn.rollback)[op - 1]()
    except HFError as exc:  # the run's database: no transaction, or one already
        state.fail("25000", f"SQLTransaction: {exc.message}")
        return False
    except _errors(conn) as exc:
        state.fail_db(conn, exc)
        return False
    state.ok()
    return True


@family.function("SQLInfoGene", "SQLInfoGene")
def sql_info_gene(rt: Runtime, name: Any = None) -> None:
    """Fill the SQL variable (NbCol, NbLine, Current, Out) for a query (by default the
    last one run); SQL.Error/SQL.MesError keep the last function's error."""
    state = sql_state(rt)
    query = state.last if name is None else state.query(name, "SQLInfoGene")
    if query is not None and query.name and fold(query.name) in state.queries:
        state.show(query)


@family.function("SQLListTable", "SQLListeTable")
def sql_list_table(rt: Runtime, system: Any = False, views: Any = True) -> str:
    """The tables (and views unless `views` is False; system tables when `system` is
    True) of the current connection's database, one per line, by name."""
    state = sql_state(rt)
    conn = state.connection("SQLListTable")
    if conn is None:
        return ""
    kinds = ("table", "view") if V.to_bool(views) else ("table",)
    try:
        names = _table_names(conn, kinds, V.to_bool(system))
    except _errors(conn) as exc:
        state.fail_db(conn, exc)
        return ""
    state.ok()
    return "\r\n".join(sorted(names, key=str.lower))


def _table_names(conn: SQLConn, kinds: tuple[str, ...], system: bool) -> list[str]:
    """Table names; wlinterp's own bookkeeping tables (`_hf_...`) are never listed."""
    b = conn.backend
    if b.dialect == "sqlite":
        rows = b.execute("SELECT name FROM sqlite_master WHERE type IN ("
                         + ", ".join("?" * len(kinds)) + ")", kinds).fetchall()
        names = [r[0] for r in rows]
        if not system:
            names = [n for n in names if not n.startswith("sqlite_")]
    else:
        types = [{"table": "BASE TABLE", "view": "VIEW"}[k] for k in kinds]
        where = "" if system else (" AND table_schema NOT IN ('pg_catalog', "
                                   "'information_schema') AND table_schema = "
                                   "ANY(current_schemas(false))")
        rows = b.execute("SELECT table_name FROM information_schema.tables WHERE "
                         "table_type = ANY(%s)" + where, [types]).fetchall()
        names = [r[0] for r in rows]
    return [n for n in names if not n.startswith("_hf_")]


@family.function("SQLColumn", "SQLColonne")
def sql_column(rt: Runtime, table: Any, full: Any = False) -> str:
    """The columns of a table of the current connection, one per line: the name, or
    with `full` the name, type, size and decimals separated by tabs."""
    state = sql_state(rt)
    conn = state.connection("SQLColumn")
    if conn is None:
        return ""
    try:
        cols = _columns(conn, V.to_str(table).strip())
    except _errors(conn) as exc:
        state.fail_db(conn, exc)
        return ""
    if not cols:
        state.fail("42S02", f"SQLColumn: no table {V.to_str(table).strip()} in the database.")
        return ""
    state.ok()
    if not V.to_bool(full):
        return "\r\n".join(c[0] for c in cols)
    return "\r\n".join("\t".join(str(x) for x in c) for c in cols)


def _columns(conn: SQLConn, table: str) -> list[tuple[str, str, int, int]]:
    """(name, type, size, decimals) of each column, in table order."""
    b = conn.backend
    if b.dialect == "sqlite":
        quoted = '"' + table.replace('"', '""') + '"'
        out = []
        for row in b.execute(f"PRAGMA table_info({quoted})").fetchall():
            declared = (row[2] or "").upper()
            size, dec = _sqlite_size(declared)
            out.append((row[1], declared.split("(")[0].strip(), size, dec))
        return out
    rows = b.execute("SELECT column_name, data_type, coalesce(character_maximum_length, "
                     "numeric_precision, 0), coalesce(numeric_scale, 0) FROM "
                     "information_schema.columns WHERE lower(table_name) = lower(%s) AND "
                     "table_schema = ANY(current_schemas(false)) ORDER BY ordinal_position",
                     [table]).fetchall()
    return [(r[0], r[1].upper(), int(r[2]), int(r[3])) for r in rows]


def _sqlite_size(declared: str) -> tuple[int, int]:
    """VARCHAR(30) -> (30, 0); NUMERIC(10,2) -> (10, 2); no size -> (0, 0)."""
    if "(" not in declared:
        return 0, 0
    inside = declared.split("(", 1)[1].rstrip(")").split(",")
    try:
        return int(inside[0]), int(inside[1]) if len(inside) > 1 else 0
    except ValueError:
        return 0, 0


@family.function("SQLListSource", "SQLListeSource")
def sql_list_source(rt: Runtime, *options: Any) -> str:
    """The data sources SQLConnect knows by name: the WL_SQL_SOURCE_<NAME> variables
    (there are no ODBC sources outside Windows), one per line."""
    sql_state(rt).ok()
    return "\r\n".join(listed_sources())


@family.function("SQLExecWDR", "SQLExecWDR")
def sql_exec_wdr(rt: Runtime, name: Any, *params: Any) -> bool:
    """Run a query of the project (a `.wdr` file beside the analysis or the program) on
    the current connection, under its own name; the parameters fill its {Param}s in the
    order they first appear. False with SQL.Error/SQL.MesError when it fails."""
    from wlinterp.hfsql.database import session
    from wlinterp.hfsql.wdr import read_query_sql
    state = sql_state(rt)
    shown = V.to_str(name).strip()
    project = session(rt).queries.get(fold(shown))
    if project is None:
        raise WLRuntimeError(f"SQLExecWDR: no query {shown} in the project (a {shown}.wdr "
                             "file beside the analysis or the program).")
    try:
        text = read_query_sql(project.path)
    except (OSError, ValueError) as exc:
        state.fail("HY000", f"SQLExecWDR: {exc}")
        return False
    marks: list[str] = []
    for m in re.finditer(r"\{(\w+)\}", text):
        if fold(m.group(1)) not in marks:
            marks.append(fold(m.group(1)))
    return _exec(rt, text, shown, dict(zip(marks, params)))


__all__ = ["family", "NO_ERROR"]
