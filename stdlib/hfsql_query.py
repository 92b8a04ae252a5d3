"""HFSQL filters, SQL queries and aliases: HFilter/HDeactivateFilter/HActivateFilter,
HExecuteSQLQuery, HExecuteQuery, the Data Source and SQL Query types, HCancelDeclaration,
HAlias (the family's transactions: stdlib/hfsql_transactions.py; how a query's arguments
are read: hfsql_query_args.py)."""
from __future__ import annotations

from typing import Any

from wlinterp.errors import WLRuntimeError
from wlinterp.hfsql import keyvalues
from wlinterp.hfsql.array_views import label
from wlinterp.hfsql.collation import PREFIX_END
from wlinterp.hfsql.context import FileContext
from wlinterp.hfsql.errors import QUERY, HFError
from wlinterp.hfsql.filters import FilterError, translate
from wlinterp.hfsql.itemtypes import TEXT_KINDS
from wlinterp.hfsql.query import DataSource, run_query
from wlinterp.hfsql.reading import _sought
from wlinterp.hfsql.sqlquery import SQLQuery
from wlinterp.registry import Family, ItemArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .hfsql_base import db_of, file_arg, h_function, name_arg
from .hfsql_query_args import on_connection, published, query_call, sql_args, wl_caller

family = Family("HFSQL transactions and queries")

family.type("Data Source", "Source de Données", DataSource, "DataSource", "SourceDeDonnées")
family.type("SQL Query", "Requête SQL", SQLQuery, "SQLQuery", "RequêteSQL")


_ABSENT: Any = object()  # a parameter HFilter was not given (Null may be a bound)


@h_function(family, "HFilter", "HFiltre", fail="")
def h_filter(rt: Runtime, file: Any, condition_or_key: ItemArg, low: Any = _ABSENT,
             high: Any = _ABSENT, condition: Any = _ABSENT) -> str:
    """Filter the file: `HFilter(f, condition)` or `HFilter(f, key, min [, max [,
    condition]])`. Returns the key to browse on ("" if the condition names none). Its
    parameters are declared, so that `wl check` and the run give a call with too many or
    too few the normal arity message (it took `*args` and said it in words of its own,
    which check did not know)."""
    ctx = file_arg(rt, file, "HFilter")
    ctx.db.touch(ctx)
    try:
        if low is _ABSENT:
            sql, params, key = translate(ctx, V.to_str(condition_or_key))
        else:
            sql, params, key = _bounds(ctx, filter_key(ctx, condition_or_key), low,
                                       low if high is _ABSENT else high)
            if condition is not _ABSENT:
                more, more_params, _ = translate(ctx, V.to_str(condition))
                sql, params = f"{sql} AND {more}", params + more_params
    except FilterError as exc:
        raise HFError(QUERY, f"HFilter on {ctx.name}: {exc}.", ctx.name) from None
    ctx.filter, ctx.filter_on = (sql, params, key), True
    ctx.pos, ctx.search = None, None
    return key


def filter_key(ctx: FileContext, item: Any) -> str:
    """The key or item named, as the analysis spells it (what HFilter and the ready-made
    filters return). An unknown name stops the run at it with the words of a read's or
    a seek's key, which `wl check --analysis` says before the run (WL109); it returned
    "" with HError set, unlike them (docs/hfsql.md "Ready-made filters")."""
    name = name_arg(item)
    items = ctx.key_items(name)
    key = ctx.desc.key(name)
    return key.name if key is not None else label(ctx, ctx.index[fold(items[0].name)])


def _bounds(ctx: FileContext, key: str, low: Any, high: Any) -> tuple[str, list[Any], str]:
    """The condition `low <= key <= high`, each bound on as many components as it has."""
    items = ctx.key_items(key)
    conds: list[str] = []
    params: list[Any] = []
    for op, bound, strict in ((">=", low, keyvalues.MAX_VAL), ("<=", high, keyvalues.MIN_VAL)):
        values = _bound(ctx, items, bound)
        if keyvalues.trailing_mark(bound) == strict:  # [n, hMaxVal] as the lower bound:
            op = op[0]  # just after n's records; [m, hMinVal] as the upper: just before m's
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
    values = _sought(ctx, items, keyvalues.key_parts(items, parts[0]))
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
    if len(args) <= 1 and not (args and isinstance(args[0], str)):  # a prepared query:
        # the query alone or with its mode; more arguments with no SQL text last are
        # sql_args' error in words (they ran the prepared query, silently)
        from .hfsql_prepared import run_prepared  # HPrepareSQLQuery then HExecuteSQLQuery
        if run_prepared(rt, query):
            return True
    if not args:
        raise WLRuntimeError("HExecuteSQLQuery expects the SQL text.")
    db, args = on_connection(rt, args, "HExecuteSQLQuery", after=1)
    mode, sql = sql_args(args, "HExecuteSQLQuery")
    if isinstance(query, DataSource):  # {param} and :param from `query.pName = value`
        from wlinterp.hfsql.qparams import bind_source
        query.ctx = None  # a query that fails leaves no result (not the one before)
        query.ctx = published(rt, run_query(db, query.name, sql, query.params,
                                             binder=bind_source, mode=mode,
                                             calls=wl_caller(rt)))
    else:  # a name, or the result of a query of that name run before (run again)
        name = query.name if isinstance(query, FileContext) and query.is_result \
            else name_arg(query)
        if not name:
            raise WLRuntimeError("HExecuteSQLQuery: the query needs a name or a Data Source.")
        if db_of(rt).analysis.file(name) is not None:
            raise HFError(QUERY, f"'{name}' is already a data file of the analysis.", name)
        published(rt, run_query(db, name, sql, mode=mode, calls=wl_caller(rt)))
    return True


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
    query.ctx = None  # a query that fails leaves no result (not the one before)
    query.ctx = published(rt, run_query(db, query.name, sql, query.params,
                                         binder=bind_braces, mode=mode,
                                         calls=wl_caller(rt)))
    return True
