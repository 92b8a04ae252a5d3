"""HFSQL transactions, filters, SQL queries and aliases: HTransactionStart/End/Cancel,
HFilter/HDeactivateFilter/HActivateFilter, HExecuteSQLQuery, the Data Source type,
HCancelDeclaration, HAlias."""
from __future__ import annotations

from typing import Any

from wlinterp.errors import WLRuntimeError
from wlinterp.hfsql import keyvalues
from wlinterp.hfsql.collation import PREFIX_END
from wlinterp.hfsql.context import FileContext
from wlinterp.hfsql.errors import QUERY, HFError
from wlinterp.hfsql.filters import FilterError, translate
from wlinterp.hfsql.itemtypes import TEXT_KINDS
from wlinterp.hfsql.query import DataSource, run_query
from wlinterp.hfsql.reading import _sought
from wlinterp.hfsql.sqlquery import SQLQuery
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .hfsql_base import db_of, file_arg, h_function, name_arg

family = Family("HFSQL transactions and queries")

family.type("Data Source", "Source de Données", DataSource, "DataSource", "SourceDeDonnées")
family.type("SQL Query", "Requête SQL", SQLQuery, "SQLQuery", "RequêteSQL")


@h_function(family, "HTransactionStart", "HTransactionDébut")
def h_transaction_start(rt: Runtime, *targets: Any) -> bool:
    """Start a transaction: every write until HTransactionEnd/Cancel is kept or undone
    together (one database transaction on all files of the database; given a connection,
    or files of one, on that connection's database)."""
    if len(targets) == 2 and isinstance(targets[0], str):  # (transaction file, files)
        from .hfsql_transaction_older import begin
        return begin(rt, targets[0], targets[1], "HTransactionStart")
    _transaction_db(rt, targets, "HTransactionStart").begin()
    return True


@h_function(family, "HTransactionEnd", "HTransactionFin")
def h_transaction_end(rt: Runtime, *targets: Any) -> bool:
    """Commit the transaction (of the run's database, or of the connection given)."""
    _transaction_db(rt, targets, "HTransactionEnd").commit()
    return True


@h_function(family, "HTransactionCancel", "HTransactionAnnule")
def h_transaction_cancel(rt: Runtime, *targets: Any) -> bool:
    """Roll the transaction back: the records written since its start are as before."""
    _transaction_db(rt, targets, "HTransactionCancel").rollback()
    return True


@family.function("HTransactionInProgress", "HTransactionEnCours")
def h_transaction_in_progress(rt: Runtime, *targets: Any) -> bool:
    """Is a transaction in progress (on the run's database, or the connection's)?"""
    return _transaction_db(rt, targets, "HTransactionInProgress").in_transaction


def _transaction_db(rt: Runtime, targets: tuple[Any, ...], fname: str) -> Any:
    """The database a transaction function works on: a connection's when one is given,
    the files' when they are all on one connection, else the run's."""
    from .hfsql_connection import is_connection, open_connection
    main = db_of(rt)
    if not targets or targets[0] is None:
        return main
    if is_connection(rt, targets[0]):
        return open_connection(rt, targets[0], fname)
    files: list[Any] = []
    for t in targets:
        files += [t] if isinstance(t, FileContext) else [
            n.strip() for n in V.to_str(t).split(",") if n.strip() not in ("", "*")]
    dbs = {id(c.db): c.db for c in (file_arg(rt, f, fname) for f in files)}
    if len(dbs) > 1:
        raise WLRuntimeError(f"{fname}: the files given are on different connections (one "
                             f"transaction is on one database).")
    return next(iter(dbs.values()), main)


@h_function(family, "HFilter", "HFiltre", fail="")
def h_filter(rt: Runtime, file: Any, *args: Any) -> str:
    """Filter the file: `HFilter(f, condition)` or `HFilter(f, key, min [, max [,
    condition]])`. Returns the key to browse on ("" if the condition names none)."""
    ctx = file_arg(rt, file, "HFilter")
    ctx.db.touch(ctx)
    try:
        if len(args) == 1:
            sql, params, key = translate(ctx, V.to_str(args[0]))
        elif len(args) >= 2:
            sql, params, key = _bounds(ctx, filter_key(ctx, args[0], "HFilter"), args[1],
                                       args[2] if len(args) > 2 else args[1])
            if len(args) > 3:
                more, more_params, _ = translate(ctx, V.to_str(args[3]))
                sql, params = f"{sql} AND {more}", params + more_params
        else:
            raise WLRuntimeError("HFilter expects a condition or a key with bounds.")
    except FilterError as exc:
        raise HFError(QUERY, f"HFilter on {ctx.name}: {exc}.", ctx.name) from None
    ctx.filter, ctx.filter_on = (sql, params, key), True
    ctx.pos, ctx.search = None, None
    return key


def filter_key(ctx: FileContext, item: Any, fname: str) -> str:
    """The key or item named, as the analysis spells it (what HFilter and the ready-made
    filters return); an unknown name fails as H* functions do."""
    name = name_arg(item)
    try:
        items = ctx.key_items(name)
    except WLRuntimeError as exc:  # an unknown name: the H* convention
        raise HFError(QUERY, f"{fname}: {exc}", ctx.name, name) from None
    key = ctx.desc.key(name)
    return key.name if key is not None else items[0].name


def _bounds(ctx: FileContext, key: str, low: Any, high: Any) -> tuple[str, list[Any], str]:
    """The condition `low <= key <= high`, each bound on as many components as it has."""
    items = ctx.key_items(key)
    conds: list[str] = []
    params: list[Any] = []
    for op, bound in ((">=", low), ("<=", high)):
        values = _bound(ctx, items, bound)
        cols = [ctx.sql.q(i.name) for i in items[:len(values)]]
        marks = [ctx.sql.p] * len(cols)
        lhs, rhs = (cols[0], marks[0]) if len(cols) == 1 else (
            f"({', '.join(cols)})", f"({', '.join(marks)})")
        conds.append(f"{lhs} {op} {rhs}")
        params += values
    return " AND ".join(conds), params, key


def _bound(ctx: FileContext, items: list[Any], value: Any) -> list[Any]:
    """A bound's stored values: HBuildKeyValue's value taken apart, a last text component
    followed by hMaxVal matching every text that starts with it, hMinVal dropped."""
    parts = keyvalues.split(value) if type(value) is str else None
    if parts is None:
        return _sought(ctx, items, value)
    values = _sought(ctx, items, parts[0])
    last = items[len(values) - 1]
    if parts[1] and last.type.kind in TEXT_KINDS and isinstance(values[-1], str):
        values[-1] += "\uffff" if ctx.dialect == "postgresql" else PREFIX_END
    return values


@h_function(family, "HDeactivateFilter", "HDésactiveFiltre")
def h_deactivate_filter(rt: Runtime, file: Any = None) -> bool:
    """Browse the whole file again (HActivateFilter restores the filter)."""
    ctx = file_arg(rt, file, "HDeactivateFilter")
    ctx.filter_on, ctx.pos = False, None
    return True


@h_function(family, "HActivateFilter", "HActiveFiltre")
def h_activate_filter(rt: Runtime, file: Any = None) -> bool:
    """Re-enable the filter HDeactivateFilter turned off."""
    ctx = file_arg(rt, file, "HActivateFilter")
    ctx.filter_on, ctx.pos = ctx.filter is not None, None
    return True


@h_function(family, "HExecuteSQLQuery", "HExécuteRequêteSQL")
def h_execute_sql_query(rt: Runtime, query: Any, *args: Any) -> bool:
    """Run an SQL query: `(query, [connection,] [mode,] sql)`, or an SQL Query variable
    alone. A SELECT's result is browsed like a data file through `query` (a Data Source
    variable or a name); with a connection, the query runs on that database."""
    if isinstance(query, SQLQuery) and not args:
        return h_execute_query(rt, query)
    if not args or not isinstance(args[-1], str):  # no SQL text: a prepared query
        from .hfsql_prepared import run_prepared  # HPrepareSQLQuery then HExecuteSQLQuery
        if run_prepared(rt, query):
            return True
    if not args:
        raise WLRuntimeError("HExecuteSQLQuery expects the SQL text.")
    db, args = _on_connection(rt, args, "HExecuteSQLQuery", after=1)
    sql = V.to_str(args[-1])
    mode = V.to_int(args[0]) if len(args) > 1 else 0
    if isinstance(query, DataSource):  # {param} and :param from `query.pName = value`
        from wlinterp.hfsql.qparams import bind_source
        query.ctx = _published(rt, run_query(db, query.name, sql, query.params,
                                             binder=bind_source, mode=mode))
    else:  # a name, or the result of a query of that name run before (run again)
        name = query.name if isinstance(query, FileContext) and query.is_result \
            else name_arg(query)
        if not name:
            raise WLRuntimeError("HExecuteSQLQuery: the query needs a name or a Data Source.")
        if db_of(rt).analysis.file(name) is not None:
            raise HFError(QUERY, f"'{name}' is already a data file of the analysis.", name)
        _published(rt, run_query(db, name, sql, mode=mode))
    return True


def _on_connection(rt: Runtime, args: tuple[Any, ...], fname: str, after: int = 1
                   ) -> tuple[Any, tuple[Any, ...]]:
    """The database a query runs on: a connection given first among `args` (then left
    out of them; `after` arguments at least must follow it), else the run's database."""
    from .hfsql_connection import is_connection, open_connection
    if len(args) > after and is_connection(rt, args[0]):
        return open_connection(rt, args[0], fname), args[1:]
    return db_of(rt), args


def _published(rt: Runtime, ctx: FileContext | None) -> FileContext | None:
    """A result computed on a connection is also known by name to the run."""
    if ctx is not None:
        db_of(rt).contexts[fold(ctx.name)] = ctx
    return ctx


@h_function(family, "HCancelDeclaration", "HAnnuleDéclaration", "HFreeQuery",
            "HLibèreRequête")
def h_cancel_declaration(rt: Runtime, query: Any) -> bool:
    """Free a query result (or alias); HFreeQuery frees a query's result the same way."""
    db = db_of(rt)
    if isinstance(query, DataSource):
        query.ctx, query.prepared = None, None
        return True
    name = query.name if isinstance(query, FileContext) else name_arg(query)
    db.contexts.pop(fold(name), None)
    rt.state.get("hfsql_prepared", {}).pop(fold(name), None)  # HPrepareSQLQuery
    return True


@h_function(family, "HAlias", "HAlias")
def h_alias(rt: Runtime, file: Any, alias: Any) -> bool:
    """A second logical name for a file, with its own buffer, position and filter (same
    table)."""
    ctx = file_arg(rt, file, "HAlias")
    db = db_of(rt)
    target = alias.name if isinstance(alias, DataSource) else name_arg(alias)
    twin = FileContext(db, ctx.desc, target)
    db.contexts[fold(target)] = twin
    if isinstance(alias, DataSource):
        alias.ctx = twin
    return True


@h_function(family, "HExecuteQuery", "HExécuteRequête")
def h_execute_query(rt: Runtime, query: Any, *args: Any) -> bool:
    """Run a query of the project (`REQ_X.wdr`) or an SQL Query variable: `(query [,
    connection] [, mode [, parameter...]])`. Extra arguments give the `{parameters}` in
    order of first appearance; the result is browsed like a data file (HReadFirst, FOR
    EACH, `REQ_X.Column`, HNbRec)."""
    from wlinterp.hfsql.wdr import bind_braces
    query, db, sql, mode = query_call(rt, query, args, "HExecuteQuery")
    if not args and query.prepared is not None:  # HPrepareQuery's connection and mode
        db, sql, mode = query.prepared
    query.ctx = _published(rt, run_query(db, query.name, sql, query.params,
                                         binder=bind_braces, mode=mode))
    return True


def query_call(rt: Runtime, query: Any, args: tuple[Any, ...], fname: str
               ) -> tuple[Any, Any, str, int]:
    """HExecuteQuery's and HPrepareQuery's `(query [, connection] [, mode [,
    parameter...]])`: the query, its database, its SQL and the mode; the parameters given
    are kept in the query."""
    from wlinterp.hfsql.wdr import param_names
    query, sql = query_and_sql(rt, query, fname)
    db, args = _on_connection(rt, args, fname, after=0)
    if args and not isinstance(args[0], (int, float, bool)):
        raise WLRuntimeError(f"{fname}: the second argument is a connection or the mode "
                             "(hQueryDefault...).")
    for pname, value in zip(param_names(sql), args[1:]):
        query.params[fold(pname)] = value
    return query, db, sql, V.to_int(args[0]) if args else 0


def query_and_sql(rt: Runtime, query: Any, fname: str) -> tuple[Any, str]:
    """A query argument (a project query, its name, or an SQL Query variable) and its SQL."""
    from wlinterp.hfsql.wdr import ProjectQuery, read_query_sql
    if not isinstance(query, (ProjectQuery, SQLQuery)):
        name = name_arg(query)
        found = db_of(rt).queries.get(fold(name))
        if found is None:
            raise HFError(QUERY, f"{fname}: no query '{name}' in the project (a "
                                 f"{name}.wdr file beside the analysis or the script).", name)
        query = found
    if isinstance(query, SQLQuery):
        return query, query.sql
    try:
        return query, read_query_sql(query.path)
    except (OSError, ValueError) as exc:
        raise HFError(QUERY, f"{fname}: {query.path} cannot be read: {exc}",
                      query.name) from None
