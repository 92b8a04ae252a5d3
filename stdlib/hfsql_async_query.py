"""HExecuteSQLQueryAsynchronous / HExécuteRequêteSQLAsynchrone (?1000026095): a SELECT
whose records are handed one by one to a procedure, then a final procedure told how it
ended (heqaOK, heqaCanceled when the per-record procedure returned False, heqaError).

wlinterp has no event loop for the main context to come back to, so the query and both
procedures run at once, before the call returns, as ExecuteMainThreadAsynchronous does
(decided; docs/builtins.md, "Help-page examples HPb"). Each record is given as a Record
variable (`rec.Name`), a copy: changing it changes nothing in the result.
"""
from __future__ import annotations

from typing import Any

from wlinterp.errors import WLRuntimeError
from wlinterp.hfsql import reading
from wlinterp.hfsql.context import FileContext
from wlinterp.hfsql.query import DataSource
from wlinterp.registry import Family
from wlinterp.runtime.procrefs import WLProcRef, call_with, procedure_arg
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .hfsql_base import db_of, h_function, name_arg
from .hfsql_query import h_execute_sql_query

family = Family("HFSQL asynchronous query")

# The values are not documented (INFERRED); the French names are INFERRED too.
HEQA_OK = family.constant("heqaOK", "heqaOK", 0)
HEQA_CANCELED = family.constant("heqaCanceled", "heqaAnnulé", 1)
HEQA_ERROR = family.constant("heqaError", "heqaErreur", 2)


@h_function(family, "HExecuteSQLQueryAsynchronous", "HExécuteRequêteSQLAsynchrone")
def h_execute_sql_query_async(rt: Runtime, query: Any, *args: Any) -> bool:
    """`(query, [connection,] [mode,] sql, each_record [, at_end])`: run the SELECT as
    HExecuteSQLQuery does, call `each_record` with each record of the result (False from
    it cancels the rest), then `at_end` with heqaOK or heqaCanceled. False (HError set)
    when the query cannot be run; no procedure is called then."""
    split = _first_procedure(rt, args)
    head, procs = args[:split], [procedure_arg(rt, p, "HExecuteSQLQueryAsynchronous")
                                 for p in args[split:]]
    if not 1 <= len(procs) <= 2:  # none, or more than the page's two: not left unsaid
        raise WLRuntimeError("HExecuteSQLQueryAsynchronous expects the procedure to call "
                             "for each record, then at most the procedure to call at the "
                             f"end ({len(procs)} given).")
    if not h_execute_sql_query(rt, query, *head):
        return False
    ctx = _result(rt, query)
    outcome = HEQA_OK
    if ctx is not None:
        reading.read_first(ctx)
        while not ctx.out:
            if call_with(procs[0], ctx.wl_record()) is False:
                outcome = HEQA_CANCELED
                break
            reading.read_next(ctx)
    if len(procs) > 1:
        call_with(procs[1], outcome)
    return True


def _first_procedure(rt: Runtime, args: tuple[Any, ...]) -> int:
    """Where the procedures start: the first argument after the SQL text that is a
    procedure (or a string naming one of the program's procedures)."""
    procs = (rt.state.get("namespace") or {}).get("__procs__", {})
    for n, value in enumerate(args):
        if n and (isinstance(value, WLProcRef)
                  or isinstance(value, str) and fold(value) in procs):
            return n
    return len(args)


def _result(rt: Runtime, query: Any) -> FileContext | None:
    """The result HExecuteSQLQuery left for `query` (a Data Source or a name)."""
    if isinstance(query, DataSource):
        return query.ctx
    return db_of(rt).contexts.get(fold(name_arg(query)))
