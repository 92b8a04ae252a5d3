"""HVersion: a data file's modification counter, kept by the database itself.

Documented (reference hfsql.md, HVersion's page ?3044020): a counter starting at 1 that
every successful add, write, modify, delete or cross increases. The first HVersion of a
file puts row triggers on its table that count each change into `_hf_version` — so
changes made by any program, through any connection, count, and a program that never
asks pays nothing on its writes. Counting starts at that first call (1).
"""
from __future__ import annotations

__all__ = ["version"]

from .context import FileContext
from .schema import quote

TABLE = "_hf_version"


def _sqlite_install(ctx: FileContext, table: str) -> None:
    be = ctx.db.backend
    be.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} (file TEXT PRIMARY KEY, "
               f"version INTEGER NOT NULL)")
    be.execute(f"INSERT OR IGNORE INTO {TABLE} VALUES (?, 1)", (table,))
    literal = "'" + table.replace("'", "''") + "'"
    for event in ("INSERT", "UPDATE", "DELETE"):
        trigger = quote(f"{table}__v_{event.lower()}")
        be.execute(f"CREATE TRIGGER IF NOT EXISTS {trigger} AFTER {event} ON {quote(table)} "
                   f"BEGIN UPDATE {TABLE} SET version = version + 1 WHERE file = {literal}; "
                   f"END")


def _pg_install(ctx: FileContext, table: str) -> None:
    be = ctx.db.backend
    be.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} (file text PRIMARY KEY, "
               f"version bigint NOT NULL)")
    be.execute(f"INSERT INTO {TABLE} VALUES (%s, 1) ON CONFLICT DO NOTHING", [table])
    be.execute(f"CREATE OR REPLACE FUNCTION {TABLE}_bump() RETURNS trigger LANGUAGE plpgsql "
               f"AS $$ BEGIN UPDATE {TABLE} SET version = version + 1 WHERE file = "
               f"TG_ARGV[0]; RETURN NULL; END $$")
    trigger = f"{table}__v"
    row = be.execute("SELECT 1 FROM pg_trigger WHERE tgname = %s AND tgrelid = "
                     "to_regclass(%s)", [trigger.lower(), ctx.sql.table]).fetchone()
    if row is None:
        literal = "'" + table.replace("'", "''") + "'"
        be.execute(f"CREATE TRIGGER {quote(trigger, 'postgresql')} AFTER INSERT OR UPDATE OR "
                   f"DELETE ON {ctx.sql.table} FOR EACH ROW EXECUTE FUNCTION "
                   f"{TABLE}_bump({literal})")


def version(ctx: FileContext) -> int:
    """The file's counter (the triggers are put in place on the first call, and again
    after HDeleteFile took them away with the table)."""
    db = ctx.db
    table = ctx.desc.physical
    installed: set[str] = db.__dict__.setdefault("_versioned", set())
    if table not in installed:
        if db.backend.dialect == "sqlite":
            _sqlite_install(ctx, table)
        else:
            _pg_install(ctx, table)
        installed.add(table)
    p = ctx.sql.p
    row = db.backend.execute(f"SELECT version FROM {TABLE} WHERE file = {p}",
                             [table]).fetchone()
    return int(row[0]) if row else 1
