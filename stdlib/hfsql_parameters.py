"""Values kept in the database: HSaveParameter/HSauveParamètre,
HLoadParameter/HChargeParamètre, HDeleteParameter/HSupprimeParamètre and
HListParameter/HListeParamètre.

In WINDEV they keep named values on the HFSQL server, in the database of a connection
(WINDEV's runtime passes a connection, a name and a value). No help page was found.
*Decided* (INFERRED): the values live in a table `wl_parameter` (name, value) of the
connection's database, SQLite or PostgreSQL alike (the run's own database for `""`), so
every program using that database sees them; a name is compared without regard to case;
values are kept as text (HLoadParameter gives a string), the name as first written. Written inside a transaction in
progress, a value is undone with it. HLoadParameter of an unknown name gives the default
given, else ""; HDeleteParameter of an unknown name fails (False, HError set);
HListParameter gives the names in alphabetical order, one per line (CR).
docs/hfsql.md, "Parameters kept in the database".
"""
from __future__ import annotations

from typing import Any

from wlinterp.hfsql.database import Database
from wlinterp.hfsql.errors import DATABASE, HFError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .hfsql_base import db_of, h_function
from .hfsql_connection import open_connection

family = Family("HFSQL parameters")

TABLE = "wl_parameter"


def _database(rt: Runtime, connection: Any, fname: str) -> Database:
    """The connection's database (the run's for "" or none), with the table made."""
    db = db_of(rt) if connection in (None, "") else open_connection(rt, connection, fname)
    try:
        db.backend.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} "
                           f"(key TEXT PRIMARY KEY, name TEXT NOT NULL, value TEXT NOT NULL)")
    except db.backend.errors() as exc:
        raise HFError(DATABASE, f"{fname}: {exc}") from None
    return db


def _run(db: Database, sql: str, params: list[Any], fname: str) -> Any:
    """One statement on the parameters' table; a database error is the H* failure."""
    sql = sql.replace("?", db.backend.param)
    try:
        if sql.startswith("SELECT"):
            return db.backend.execute(sql, params).fetchall()
        return db.backend.write(sql, params)
    except db.backend.errors() as exc:
        raise HFError(DATABASE, f"{fname}: {exc}") from None


def _key(name: Any, fname: str) -> str:
    """A name as compared: without regard to case or surrounding spaces."""
    key = V.to_str(name).strip().lower()
    if not key:
        raise HFError(DATABASE, f"{fname}: a parameter needs a name.")
    return key


@h_function(family, "HSaveParameter", "HSauveParamètre")
def h_save_parameter(rt: Runtime, connection: Any, name: Any, value: Any) -> bool:
    """Keep `value` (as text) under `name` in the connection's database."""
    db = _database(rt, connection, "HSaveParameter")
    key = _key(name, "HSaveParameter")
    _run(db, f"DELETE FROM {TABLE} WHERE key = ?", [key], "HSaveParameter")
    _run(db, f"INSERT INTO {TABLE} (key, name, value) VALUES (?, ?, ?)",
         [key, V.to_str(name).strip(), V.to_str(value)], "HSaveParameter")
    return True


@h_function(family, "HLoadParameter", "HChargeParamètre", fail="")
def h_load_parameter(rt: Runtime, connection: Any, name: Any, default: Any = "") -> Any:
    """The value kept under `name`, or `default` ("" when not given) if none is."""
    db = _database(rt, connection, "HLoadParameter")
    rows = _run(db, f"SELECT value FROM {TABLE} WHERE key = ?",
                [_key(name, "HLoadParameter")], "HLoadParameter")
    return rows[0][0] if rows else default


@h_function(family, "HDeleteParameter", "HSupprimeParamètre")
def h_delete_parameter(rt: Runtime, connection: Any, name: Any) -> bool:
    """Forget the value kept under `name`; an unknown name fails."""
    db = _database(rt, connection, "HDeleteParameter")
    if not _run(db, f"DELETE FROM {TABLE} WHERE key = ?", [_key(name, "HDeleteParameter")],
                "HDeleteParameter"):
        raise HFError(DATABASE, f"HDeleteParameter: no parameter named '{V.to_str(name)}'.")
    return True


@h_function(family, "HListParameter", "HListeParamètre", fail="")
def h_list_parameter(rt: Runtime, connection: Any = "") -> str:
    """The names of the values kept, alphabetically, one per line."""
    db = _database(rt, connection, "HListParameter")
    rows = _run(db, f"SELECT name FROM {TABLE} ORDER BY key", [], "HListParameter")
    return "\r\n".join(r[0] for r in rows)
