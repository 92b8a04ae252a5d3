"""HPrepareSQLQuery/HPrépareRequêteSQL: an SQL query declared once, run many times by
HExecuteSQLQuery with only its parameters changed; HPrepareQuery/HPrépareRequête, the
same for a query of the project (run by HExecuteQuery); HOptimizeQuery/HOptimiseRequête,
a selection query checked and the database's statistics refreshed ahead of its runs.

Documented: the query is declared to the server and not run; HExecuteSQLQuery then runs
it (the data source alone), HCancelDeclaration frees it; it is worth it when the same
query runs again and again with other parameter values (`:name` parameters, set as
members of the data source). On both databases wlinterp keeps the SQL, the connection and
the mode; each HExecuteSQLQuery binds the parameters' current values and runs it (the
SQL text is identical each time, so the driver reuses its statement: psycopg prepares a
statement it sees repeatedly, SQLite keeps it in its statement cache).
*Decided*: the page says that on the databases it does not list the function runs the
query at once; wlinterp never does (running an INSERT before its parameters are given, as
the documented example would, adds a record nobody asked for). docs/hfsql.md.
"""
from __future__ import annotations

import re
from typing import Any

from wlinterp.errors import WLRuntimeError
from wlinterp.hfsql.errors import QUERY, HFError
from wlinterp.hfsql.qparams import bind_braces, bind_source, param_names
from wlinterp.hfsql.query import SELECTION, DataSource, ensure_named_files, run_query
from wlinterp.registry import Family
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .hfsql_base import db_of, h_function, name_arg
from .hfsql_query_args import (on_connection, published, query_and_sql, query_call, sql_args,
                               wl_caller)

family = Family("HFSQL prepared queries")


def _named(rt: Runtime) -> dict[str, tuple[Any, str, int]]:
    """Queries prepared under a name (a string rather than a Data Source variable)."""
    return rt.state.setdefault("hfsql_prepared", {})


@h_function(family, "HPrepareSQLQuery", "HPrépareRequêteSQL")
def h_prepare_sql_query(rt: Runtime, query: Any, *args: Any) -> bool:
    """`(query, [connection,] [mode,] sql)`: keep the SQL for HExecuteSQLQuery(query),
    which runs it with the parameters' values of that moment. Nothing is run here."""
    if not args:
        raise WLRuntimeError("HPrepareSQLQuery expects the SQL text.")
    db, args = on_connection(rt, args, "HPrepareSQLQuery", after=1)
    mode, sql = sql_args(args, "HPrepareSQLQuery")  # (a value left over: refused)
    prepared = (db, sql, mode)
    if isinstance(query, DataSource):
        query.prepared, query.ctx = prepared, None
    else:
        name = name_arg(query)
        if not name:
            raise WLRuntimeError("HPrepareSQLQuery: the query needs a name or a Data Source.")
        _named(rt)[fold(name)] = prepared
    return True


def run_prepared(rt: Runtime, query: Any) -> bool:
    """HExecuteSQLQuery without SQL text: run the query prepared under `query` (False:
    none was prepared)."""
    if isinstance(query, DataSource):
        if query.prepared is None:
            return False
        db, sql, mode = query.prepared
        query.ctx = published(rt, run_query(db, query.name, sql, query.params,
                                             binder=bind_source, mode=mode,
                                             calls=wl_caller(rt)))
        return True
    name = name_arg(query)
    prepared = _named(rt).get(fold(name))
    if prepared is None:
        return False
    db, sql, mode = prepared
    published(rt, run_query(db, name, sql, mode=mode,  # a name holds no parameters
                            calls=wl_caller(rt)))
    return True


@h_function(family, "HPrepareQuery", "HPrépareRequête")
def h_prepare_query(rt: Runtime, query: Any, *args: Any) -> bool:
    """`(query [, connection] [, mode [, parameter...]])`, HExecuteQuery's arguments: the
    project query (or SQL Query variable) is read and its connection opened, its
    parameters kept; nothing is run. HExecuteQuery(query) alone then runs it with that
    connection and mode (*decided*, INFERRED from HPrepareSQLQuery: no page of
    HPrepareQuery was found; docs/hfsql.md "HPrepareSQLQuery"). An unknown query: False
    with HError set."""
    query, db, sql, mode = query_call(rt, query, args, "HPrepareQuery")
    query.prepared = (db, sql, mode)
    return True


_NAME = re.compile(r"\s*[^\W\d]\w*\s*")


@h_function(family, "HOptimizeQuery", "HOptimiseRequête")
def h_optimize_query(rt: Runtime, query: Any, *parameters: Any) -> bool:
    """`(query or its SQL code [, parameter...])` (?3044003): get a selection query's
    later runs ready. HFSQL Classic uses idle time to optimise the index accesses; here
    the query is planned by the database (EXPLAIN, its parameters bound: a query it
    cannot run fails now, False with HErrorInfo) and SQLite refreshes its statistics
    (`PRAGMA optimize`; PostgreSQL keeps them itself). Parameters given fill the query's
    `{parameters}` in order and stay set, as HExecuteQuery's; with SQL code they are
    ignored, as documented. The data files of the analysis it names are made when
    missing, as opening them would. Nothing is run, no result is made."""
    code = query if isinstance(query, str) and not _NAME.fullmatch(query) else None
    if code is None:
        query, sql = query_and_sql(rt, query, "HOptimizeQuery")
        for pname, value in zip(param_names(sql), parameters):
            query.params[fold(pname)] = value
        values, name = query.params, query.name
    else:
        sql, values, name = code, {}, ""
    if not SELECTION.match(sql):
        raise HFError(QUERY, "HOptimizeQuery: only a selection query (SELECT) can be "
                             "optimised.", name)
    db = db_of(rt)
    ensure_named_files(db, sql)  # the files it reads, made if missing
    backend = db.backend
    text, bound = bind_braces(sql.strip().rstrip(";").strip(), values, backend.param)
    plan = "EXPLAIN QUERY PLAN " if backend.dialect == "sqlite" else "EXPLAIN "
    try:
        backend.execute(plan + text, bound).fetchall()
        if backend.dialect == "sqlite":
            backend.execute("PRAGMA optimize")
    except backend.errors() as exc:
        raise HFError(QUERY, f"HOptimizeQuery: {str(exc).strip()}", name) from None
    return True
