"""HModifyStructure's part for NULL support given to items after their table was made
(docs/hfsql.md "HModifyStructure"): a column created NOT NULL whose item now accepts
NULL loses that constraint, so `File.Item = Null` then HAdd stores NULL instead of
being refused by the database.

PostgreSQL drops the constraint in place. SQLite cannot (no ALTER COLUMN): the table is
made again under the description (the way SQLite's documentation advises: a new table,
the rows copied with their record numbers, the old one dropped, the new one renamed),
keeping the columns the description no longer has with their data, as HModifyStructure
keeps them. Foreign keys are switched off for the copy (a link's parent table would
otherwise refuse to be dropped), which SQLite allows only outside a transaction.
"""
from __future__ import annotations

__all__ = ["relax_not_null"]

from typing import TYPE_CHECKING

from ..syntax.names import fold
from .analysis import FileDesc, ItemDesc
from .schema import add_column, create_statements, int_range, quote, range_check

if TYPE_CHECKING:
    from .context import FileContext

_NEW = "__wl_new"  # the SQLite table made again, renamed once filled


def _now_nullable(desc: FileDesc, found: FileDesc) -> list[ItemDesc]:
    """The items that accept NULL while their column does not."""
    columns = {fold(i.name): i for i in found.items}
    return [i for i in desc.items if i.null_allowed and (c := columns.get(fold(i.name)))
            is not None and not c.null_allowed]


def relax_not_null(ctx: "FileContext", found: FileDesc) -> None:
    """Bring the table's NOT NULL constraints in line with the items' NULL support."""
    items = _now_nullable(ctx.desc, found)
    if not items:
        return
    backend = ctx.db.backend
    table = quote(ctx.desc.physical, ctx.dialect)
    if ctx.dialect == "postgresql":
        for item in items:
            column = quote(item.name, ctx.dialect)
            backend.execute(f"ALTER TABLE {table} ALTER COLUMN {column} DROP NOT NULL")
            if item.null_default:
                backend.execute(f"ALTER TABLE {table} ALTER COLUMN {column} SET DEFAULT NULL")
        return
    if backend.in_tx:
        raise ValueError(f"the column {items[0].name} of {ctx.desc.physical} is NOT NULL and "
                         f"SQLite makes the table again to change that, which it cannot do "
                         f"inside a transaction (HTransactionStart): call HModifyStructure "
                         f"before it")
    _remake_sqlite_table(ctx, found)


def _out_of_range(ctx: "FileContext", found: FileDesc) -> list[ItemDesc]:
    """The integer items whose column holds a value beyond the range its new table's
    CHECK keeps (put there by SQL written by hand before the CHECK): that column is made
    again without it, so that the table takes the rows it holds (docs/hfsql.md
    "HModifyStructure")."""
    columns = {fold(i.name) for i in found.items}
    table, out = quote(ctx.desc.physical), []
    for item in ctx.desc.items:
        bounds = int_range(item)
        if bounds is None or fold(item.name) not in columns:
            continue
        column = quote(item.name)
        row = ctx.db.backend.execute(
            f"SELECT 1 FROM {table} WHERE {column} NOT BETWEEN {bounds[0]} AND {bounds[1]} "
            f"LIMIT 1").fetchone()
        if row is not None:
            out.append(item)
    return out


def _remake_sqlite_table(ctx: "FileContext", found: FileDesc) -> None:
    """The SQLite table made again under the description, its rows (record numbers
    included) and the columns the description lacks kept."""
    backend, desc = ctx.db.backend, ctx.desc
    table, new = quote(desc.physical), quote(desc.physical + _NEW)
    statements = create_statements(ctx.db.analysis, desc, "sqlite")
    create = statements[0].replace(f"CREATE TABLE IF NOT EXISTS {table} ", f"CREATE TABLE {new} ", 1)
    for item in _out_of_range(ctx, found):  # (a file made before the CHECK may hold one)
        create = create.replace(" " + range_check(item), "", 1)
    wanted = {fold(i.name) for i in desc.items}
    extra = [i for i in found.items if fold(i.name) not in wanted]
    shape = FileDesc(found.name, desc.physical + _NEW, keys=list(found.keys))
    columns = ", ".join(["_hrec"] + [quote(i.name) for i in found.items])
    backend.execute("PRAGMA foreign_keys = OFF")
    try:
        backend.execute("BEGIN IMMEDIATE")
        try:
            backend.execute(create)
            for item in extra:
                backend.execute(add_column(shape, item, "sqlite"))
            backend.execute(f"INSERT INTO {new} ({columns}) SELECT {columns} FROM {table}")
            backend.execute(f"DROP TABLE {table}")
            backend.execute(f"ALTER TABLE {new} RENAME TO {table}")
            for statement in statements[1:]:  # the indexes, dropped with the old table
                backend.execute(statement)
            backend.execute("COMMIT")
        except BaseException:
            backend.execute("ROLLBACK")
            raise
    finally:
        backend.execute("PRAGMA foreign_keys = ON")
