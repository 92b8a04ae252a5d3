"""SQL queries (HExecuteSQLQuery): the result is kept in a temporary table with a record
number, so it is browsed exactly like a data file (HReadFirst, FOR EACH, `Query.Column`).
Data Source variables (`ds is Data Source`) hold such a result.
"""
from __future__ import annotations

__all__ = ["run_query", "result_context", "DataSource", "bind_parameters", "ensure_named_files",
           "SELECTION"]

import itertools
from contextlib import nullcontext
import re
from typing import Any

from ..errors import WLRuntimeError
from ..syntax.names import fold
from .analysis import FileDesc
from .array_views import ElementOutOfRange, group_result_elements, sql_elements
from .context import FileContext
from .dated_sql import dated_parameters
from .errors import CONNECTION, LOST, QUERY, HFError, refused_null
from .column_names import named_columns, select_list
from .column_types import column_item
from .computed_columns import computed_codes
from .insert_ids import insert_with_ids, with_columns
from .like import refusal
from .prefix import prefix_method
from .qparams import bind_parameters
from .query_items import QueryItems
from .sql_order import ordered_by_keys
from .set_all import sqlite_set_all
from .resulttable import create_result
from .sqlnames import accented_items
from .sqldialect import SQLITE_CALL, Caller, SQLiteCaller, translate
from .sqlbuild import RESULT_PREFIX
from .sqlite_stop import entry_stops_kept
from .sqlsplit import bare_statement
from .statement_rows import Rows, rows_of, rows_select, table_select
from .writeback import MODIFY_FILE, SOURCE_COLUMN, writable_source

_numbers = itertools.count(1)
# A query giving rows: SELECT, WITH, VALUES, or a SELECT in parentheses first (`(SELECT ...)
# EXCEPT ALL (SELECT ...)`, PostgreSQL's; it was run as a statement giving none, HNbRec -1,
# as `VALUES (1), (2)` was: R3's finding 4)
SELECTION = re.compile(r"\s*\(*\s*(select|with|values)\b", re.IGNORECASE)
# The database's plan of a query: rows no result keeps (a SELECT reads it as a table)
_PLAN = re.compile(r"\s*explain\b", re.IGNORECASE)


def run_query(db: Any, name: str, sql: str, values: dict[str, Any] | None = None,
              binder: Any = bind_parameters, mode: int = 0,
              calls: Caller | None = None) -> FileContext | None:
    """Run `sql`; a SELECT's result becomes the context `name` (None for other
    statements, which are executed as they are). `binder` puts the parameters' values
    in (`:name` by default; `{name}` for the project's queries). With hModifyFile in
    `mode`, the result remembers each row's record in the one data file it reads, and
    HModify/HDelete on the result write there too (writeback.py). HFSQL's `LIMIT s, n`
    and `WL.Function(...)` are translated for the database (sqldialect.py); `calls`
    runs a WLanguage function by name."""
    backend = db.backend
    text = table_select(bare_statement(sql))  # (TABLE x: PostgreSQL's SELECT * FROM x)
    written = select_list(text)  # (the columns as written, named so: column_names.py)
    files = ensure_named_files(db, text)
    try:
        text = sql_elements(text, files)  # WHERE Phone[2] = ...: that element's column
    except ElementOutOfRange as exc:  # a query error, as the database's own
        raise HFError(QUERY, f"query {name}: {exc}", name) from None
    text = accented_items(text, files)  # WHERE Societe = ... for Société (sqlnames.py)
    items = QueryItems(files)  # (each form built when first asked for: query_items.py)
    if values and items.dated:  # At = {pAt}, "17:45": the text the item holds (dated_sql.py)
        values = dated_parameters(text, values, items.dated)
    if files and text[:12].lower().lstrip().startswith("insert"):
        text = with_columns(text, files, backend.dialect)  # INSERT INTO f VALUES: f's items
    text = translate(text, backend.dialect, calls, values, items)
    if backend.dialect == "sqlite" and files:  # ORDER BY UPPER(Name): as PostgreSQL
        text = ordered_by_keys(text, files)  # sorts it (sql_order.py)
    text = named_columns(text, written)
    caller = None
    if calls is not None and SQLITE_CALL in text:
        caller = SQLiteCaller(calls)
        backend.conn.create_function(SQLITE_CALL, -1, caller)
    text, params = binder(text, values or {}, backend.param)
    if backend.dialect == "sqlite" and " all" in text.lower():  # INTERSECT ALL, EXCEPT
        text = sqlite_set_all(backend, name, text, params)  # ALL: SQLite has neither
    guard = entry_stops_kept(caller) if caller is not None else nullcontext()
    if _PLAN.match(text):  # (its rows were dropped without a word: HNbRec -1)
        raise HFError(QUERY, f"query {name}: EXPLAIN gives the database's plan, not rows "
                      "a query keeps; HOptimizeQuery reads a query's plan.", name)
    if not SELECTION.match(text):
        kept = _run_statement(db, name, text, params, files, guard, caller)
        if kept is None:
            return None
        text, params = rows_select(name, kept, backend.param)  # (RETURNING, PRAGMA,
        mode = 0  # SHOW: statement_rows.py)
    source = None
    if mode & MODIFY_FILE:
        source, text = writable_source(db, name, text)
    try:
        with guard, backend.kept_transaction(text):
            return result_context(db, name, text, params, files, source)
    except backend.errors() as exc:
        raise _failed(name, exc, caller, backend) from None


def _run_statement(db: Any, name: str, text: str, params: list[Any], files: list[FileDesc],
                   guard: Any, caller: Any) -> Rows | None:
    """Run a statement that is no SELECT; the rows it gives (RETURNING, PRAGMA, SHOW), read
    as it runs, or None (statement_rows.py). kept_transaction: a failure leaves a
    transaction in progress usable; an INSERT leaving out an automatic identifier is
    numbered (insert_ids.py)."""
    backend = db.backend
    kept: list[Rows | None] = []
    try:
        with guard, backend.kept_transaction(text):
            if not insert_with_ids(db, text, params, files, kept):
                kept.append(rows_of(backend.execute(text, params)))
    except backend.errors() as exc:
        raise _failed(name, exc, caller, backend) from None
    return kept[0] if kept else None


def result_context(db: Any, name: str, text: str, params: list[Any], files: list[FileDesc],
                   source: Any = None) -> FileContext:
    """A SELECT written for the database (`text`, its `params`) kept in a temporary table
    as the result `name`, browsed like a data file; `files`: the data files it reads,
    whose items give its columns their types. The database's errors go through."""
    table = f"{RESULT_PREFIX}{next(_numbers)}"
    columns = create_result(db.backend, table, text, params,
                            SOURCE_COLUMN if source is not None else "")
    aggregated = computed_codes(text, files) if files else None  # SUM(Total) AS s
    desc = FileDesc(name, table, group_result_elements(
        [column_item(c, is_text, sql_type, files, aggregated)
         for c, is_text, sql_type in columns],
        files))  # SELECT *: array items once
    ctx = FileContext(db, desc)
    ctx.source = source
    db.contexts[fold(name)] = ctx
    db.mark_ready(table)
    return ctx


# SQLite's words for a number beyond an integer item's column (schema.py _PG_RANGES): the
# query fails in PostgreSQL's ("integer out of range")
_OUT_OF_RANGE = "CHECK constraint failed: "


def _failed(name: str, exc: BaseException, caller: SQLiteCaller | None,
            backend: Any) -> BaseException:
    """The query's error: the WLanguage function's own, when one called from the SQL
    failed (SQLite only says "user-defined function raised exception"), or SQLite's own
    words for a LIKE pattern it refuses (like.py's refusal); the connection's
    loss when the server went away while it ran (a query error 70800 quoting libpq's
    three lines, where every other call then says 71000); a NOT NULL column refusing
    NULL named, with what to do (the database's own words in hErrDatabaseMessage); a
    number beyond an integer item's column in PostgreSQL's words on SQLite too."""
    refused = refusal(exc)  # (a LIKE pattern SQLite refuses, in its words: taken)
    if caller is not None and caller.failure is not None:
        return caller.failure
    if refused is not None:
        return HFError(QUERY, f"query {name}: {refused}", name, cause=exc)
    if backend.classify(exc) == "connection":
        return HFError(CONNECTION, f"query {name}: {LOST}.", name, details=str(exc).strip(),
                       cause=exc)
    words = str(exc)
    if words.startswith(_OUT_OF_RANGE) and words.endswith(" out of range"):
        return HFError(QUERY, f"query {name}: {words[len(_OUT_OF_RANGE):]}", name, cause=exc)
    refused = refused_null(backend, exc, "give that column a value in the query")
    if refused is not None:
        return HFError(QUERY, f"query {name}: {refused}.", name, details=str(exc).strip(),
                       cause=exc)
    return HFError(QUERY, f"query {name}: {exc}", name, cause=exc)


def ensure_named_files(db: Any, sql: str) -> list[FileDesc]:
    """The data files of the analysis a query names are made when missing, as HFSQL
    makes a data file when it is opened (a query run before any write to them found no
    table); they are returned (their items give the result's columns their types).
    Which names a text holds is worked out once per text."""
    key = (sql, len(db.analysis.files))  # (a file described since: looked at again)
    descs = db.query_files.get(key)
    if descs is None:
        if len(db.query_files) >= 512:  # texts built with their values: kept bounded
            db.query_files.clear()
        words = {fold(w) for w in re.findall(r"[^\W\d]\w*", sql)}
        descs = db.query_files[key] = [d for d in db.analysis.files.values()
                                       if fold(d.name) in words or fold(d.physical) in words]
    for desc in descs:
        db.ensure(desc)
    return descs


class DataSource:
    """`ds is Data Source` (FR Source de Données): holds a query result, and the values
    of its `:parameters` until it is run."""

    wl_type_name = "Data Source"
    wl_own_method = prefix_method  # ds.ReadFirst(): HReadFirst(ds)

    def __init__(self, rt: Any = None) -> None:
        self.ctx: FileContext | None = None
        self.params: dict[str, Any] = {}
        self.name = f"DataSource{next(_numbers)}"  # until a query call names it
        self.named = False
        self.prepared: tuple[Any, str, int] | None = None  # HPrepareSQLQuery: (db, sql, mode)

    def hf_context(self) -> FileContext | None:
        return self.ctx

    def take_name(self, name: str) -> None:
        """The variable's name, from the first query call written with it (hooks.py
        source_named)."""
        if not self.named:
            self.name, self.named = name, True

    def wl_get(self, name: str) -> Any:
        if self.ctx is not None:
            return self.ctx.wl_get(name)
        if name in self.params:
            return self.params[name]
        raise WLRuntimeError(f"the data source has no item '{name}' (no query was run).")

    def wl_set(self, name: str, value: Any, ctx: Any = None) -> None:
        if self.ctx is not None and name in self.ctx.index:
            self.ctx.wl_set(name, value)
        else:
            self.params[name] = value

    def wl_iter(self) -> Any:
        return iter(()) if self.ctx is None else self.ctx.wl_iter()

    def wl_iter_backwards(self) -> Any:
        return iter(()) if self.ctx is None else self.ctx.wl_iter_backwards()
