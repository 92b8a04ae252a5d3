"""How the H* query functions read their arguments (HExecuteSQLQuery, HExecuteQuery,
HPrepareQuery, HPrepareSQLQuery, HOptimizeQuery, HListQueryParameter): a query and its SQL,
the connection it runs on, and its result made known by name to the run.
"""
from __future__ import annotations

__all__ = ["on_connection", "published", "query_call", "query_and_sql", "query_mode", "sql_args",
           "wl_caller"]

from decimal import Decimal
from typing import Any

from wlinterp.errors import WLRuntimeError
from wlinterp.hfsql.context import FileContext
from wlinterp.hfsql.errors import DATABASE, QUERY, HFError
from wlinterp.hfsql.sqlquery import SQLQuery
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .hfsql_base import db_of, name_arg


def on_connection(rt: Runtime, args: tuple[Any, ...], fname: str, after: int = 1
                   ) -> tuple[Any, tuple[Any, ...]]:
    """The database a query runs on: a connection given first among `args` (then left
    out of them; `after` arguments at least must follow it), else the run's database."""
    from .hfsql_connection import is_connection, open_connection
    if len(args) > after and is_connection(rt, args[0]):
        return open_connection(rt, args[0], fname), args[1:]
    return db_of(rt), args


# A query's modes: HFConstant.h's eHQUERYMODE (hQueryBreakable 0x2, hQueryWithoutCorrection
# 0x4, dynamic browse 0x8, hQueryWithoutCorrectionHF 0x10, hNoBind 0x20, Unicode 0x40,
# hModifyFile 0x2000, yield 0x100000, hWithTransaction 0x200000) and the two bits it keeps
# for hCheckDuplicates and hCheckIntegrity (0x20000, 0x40000); hQueryDefault is 0
QUERY_MODES = 0x2 | 0x4 | 0x8 | 0x10 | 0x20 | 0x40 | 0x2000 | 0x20000 | 0x40000 | 0x100000 \
    | 0x200000


def query_mode(value: Any, fname: str) -> int:
    """A query function's mode, refused in words when it holds a bit no mode has (it
    was ignored: docs/hfsql.md "Options refused")."""
    mode = V.to_int(value)
    if mode & ~QUERY_MODES:
        raise HFError(DATABASE, f"{fname}: {mode} is not a combination of a query's modes "
                                f"(hQueryDefault, hQueryWithoutCorrection, hNoBind, "
                                f"hModifyFile, hWithTransaction... combined with +).")
    return mode


def sql_args(args: tuple[Any, ...], fname: str) -> tuple[Any, str]:
    """(mode, SQL text) of `(query, [connection,] [mode,] sql)` once the connection is
    taken out (on_connection). A value left over, a text where the mode goes or no text
    last is HExecuteSQLQuery's error in words (`HExecuteSQLQuery(Q, sSQL,
    hQueryDefault, nID)`, the SQL text second and a value after the mode: `nID` was run
    as the SQL, "near "1": syntax error", and sSQL read as the mode 0, silently)."""
    shape = (f"{fname} expects (query, [connection,] [mode,] SQL text): the parameters "
             f"of the SQL text are set on the query's Data Source (Q.pName = value)")
    if len(args) > 2:
        raise HFError(QUERY, f"{fname}: {_shown(args[0])} is not a connection; {shape}.")
    if len(args) == 2 and isinstance(args[0], str) and not V.whole_number(args[0]):
        raise HFError(QUERY, f"{fname}: {_shown(args[0])} is not a mode; {shape}.")
    if args[-1] is None or isinstance(args[-1], (int, float, Decimal)):  # (bool too)
        raise HFError(QUERY, f"{fname}: the SQL text is expected last, not "
                             f"{_shown(args[-1])}; {shape}.")
    return (query_mode(args[0], fname) if len(args) == 2 else 0), V.to_str(args[-1])


def _shown(value: Any) -> str:
    """A value as an error message quotes it: a text's first 30 characters."""
    text = V.to_str(value)
    return repr(text[:30] + ("..." if len(text) > 30 else "")) if isinstance(value, str) \
        else text


def published(rt: Runtime, ctx: FileContext | None) -> FileContext | None:
    """A result computed on a connection is also known by name to the run."""
    if ctx is not None:
        db_of(rt).contexts[fold(ctx.name)] = ctx
    return ctx


def query_call(rt: Runtime, query: Any, args: tuple[Any, ...], fname: str
               ) -> tuple[Any, Any, str, int]:
    """HExecuteQuery's and HPrepareQuery's `(query [, connection] [, mode [,
    parameter...]])`: the query, its database, its SQL and the mode; the parameters given
    are kept in the query."""
    from wlinterp.hfsql.wdr import param_names
    query, sql = query_and_sql(rt, query, fname)
    db, args = on_connection(rt, args, fname, after=0)
    if args and not isinstance(args[0], (int, float, bool)):
        raise WLRuntimeError(f"{fname}: the second argument is a connection or the mode "
                             "(hQueryDefault...).")
    for pname, value in zip(param_names(sql), args[1:]):
        query.params[fold(pname)] = value
    return query, db, sql, query_mode(args[0], fname) if args else 0


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


# The families whose functions an SQL text may call (`WL.Left(Name, 3)`): those that
# compute a value from their arguments. A query's text is often built from what a user
# typed; were every built-in callable, an SQL injection would run programs
# (WL.ExeRun), write or delete files (WL.fSaveText, WL.fDelete) or send mail. Decided
# (docs/hfsql.md "HFSQL's SQL translated"): the page that lists HFSQL's functions is not
# stored, and its examples call string and date functions.
SQL_FAMILIES = frozenset({
    "Strings", "Strings (extra)", "Strings (fields)", "Strings (more)", "Text",
    "Words and characters", "Phonetic keys", "Numbers", "Maths", "Date calculations",
    "Dates", "Dates (more)", "Durations", "Encoding", "Hashing", "Colors",
    "Sexagesimal angles", "Geographic positions", "Financial", "Regular expressions",
    "Weeks and public holidays", "Time zones", "Statistics"})
# ... but for these, which read files or change the run's settings.
SQL_REFUSED = frozenset({"InitRandom", "HashFile", "HashCheckFile", "PublicHolidayAdd",
                         "PublicHolidayDeleteAll"})


def wl_caller(rt: Runtime) -> Any:
    """How a query calls the WLanguage functions its SQL names (`WL.Left(Name, 3)`,
    wlinterp/hfsql/sqldialect.py): a built-in of that name of the families computing a
    value (SQL_FAMILIES), with its number of arguments; its result as a text, a number
    or NULL."""
    from decimal import Decimal

    from wlinterp.registry import REGISTRY

    def call(name: str, args: list[Any]) -> Any:
        found = REGISTRY.lookup(name)
        if found is None or found[0] != "function":
            raise HFError(QUERY, f"WL.{name}: WLanguage has no function of that name (a "
                                 "query can call WLanguage's built-in functions).")
        builtin = found[1]
        if builtin.family not in SQL_FAMILIES or builtin.en in SQL_REFUSED:
            raise HFError(QUERY, f"WL.{name}: a query can call only the WLanguage functions "
                                 "that compute a value (strings, numbers, dates, encoding: "
                                 f"docs/hfsql.md); {builtin.en} is of the family "
                                 f"'{builtin.family}'.")
        if len(args) < builtin.min_args or (builtin.max_args is not None
                                            and len(args) > builtin.max_args):
            raise HFError(QUERY, f"WL.{name}: given {len(args)} argument(s); it expects "
                                 f"{builtin.arity_text()}.")
        value = builtin.call(rt, *args)
        if value is None or isinstance(value, (bool, int, float, Decimal)):
            return value
        return V.to_str(value)

    return call
