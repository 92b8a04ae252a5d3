"""SQL text for one data file on one backend, built once and reused: reads in key order
(keyset browsing on `(key..., _hrec)`), writes by record number.

Browsing is keyset-based: the position is the current record's key values plus its
record number, so it survives writes (a deleted or modified record does not lose the
browse) and every read is one indexed `LIMIT 1` query.
"""
from __future__ import annotations

__all__ = ["FileSQL", "RESULT_PREFIX"]

from typing import Any, Sequence

from .analysis import FileDesc, ItemDesc
from .itemtypes import TEXT_KINDS
from .schema import quote

RESULT_PREFIX = "_wlq_"  # temporary tables holding query results (query.py)


class FileSQL:
    """Statements for one table; `p` is the backend's placeholder (`?` or `%s`)."""

    def __init__(self, desc: FileDesc, table: str, dialect: str, param: str) -> None:
        self.desc = desc
        self.dialect = dialect
        self.p = param
        self.table = quote(table, dialect)
        self.cols = [self.q(i.name) for i in desc.items]
        self.select = f"SELECT _hrec, {', '.join(self.cols)} FROM {self.table}"
        self.select_one = self.select  # one-record reads (with the read-lock test: guard)
        sets = ", ".join(f"{c} = {param}" for c in self.cols)
        self.update = f"UPDATE {self.table} SET {sets} WHERE _hrec = {param}"
        self.delete = f"DELETE FROM {self.table} WHERE _hrec = {param}"
        self.by_recnum = f"{self.select} WHERE _hrec = {param}"
        self.unchanged = " AND ".join(self._same(c, i) for c, i in zip(self.cols, desc.items))
        self.guarded = False
        self.count = f"SELECT count(*) FROM {self.table}"
        self._inserts: dict[bool, tuple[str, tuple[int, ...]]] = {}
        self._or_nothing: dict[str, str] = {}

    def guard(self, column: str) -> None:
        """One-record reads also return `column` last (true: another connection locks
        the record against reading, locks.py `read_guard`)."""
        self.select_one = f"SELECT _hrec, {', '.join(self.cols)}, {column} FROM {self.table}"
        self.by_recnum = f"{self.select_one} WHERE _hrec = {self.p}"
        self.guarded = True

    def _same(self, col: str, item: ItemDesc) -> str:
        """SQL true when the column still holds a value read before (NULL equal to NULL;
        text compared exactly, not under the keys' case-insensitive collation)."""
        if item.type.kind in TEXT_KINDS:
            col += " COLLATE BINARY" if self.dialect == "sqlite" else ' COLLATE "C"'
        if self.dialect == "sqlite":
            return f"{col} IS {self.p}"
        return f"{col} IS NOT DISTINCT FROM {self.p}"

    def q(self, name: str) -> str:
        """A column name quoted for this backend."""
        return quote(name, self.dialect)

    def insert(self, skip_autoid: bool) -> tuple[str, tuple[int, ...]]:
        """INSERT of the buffer's items (without the automatic identifier when the
        database computes it); returns the SQL and the item indexes to bind."""
        cached = self._inserts.get(skip_autoid)
        if cached is not None:
            return cached
        idx = tuple(n for n, i in enumerate(self.desc.items) if not (skip_autoid and i.auto_id))
        cols = ", ".join(self.cols[n] for n in idx)
        marks = ", ".join(self.p for _ in idx)
        sql = f"INSERT INTO {self.table} ({cols}) VALUES ({marks})"
        if self.dialect == "postgresql":
            auto = self.desc.auto_id
            sql += " RETURNING _hrec" + (f", {self.q(auto.name)}" if auto else "")
        self._inserts[skip_autoid] = (sql, idx)
        return sql, idx

    def insert_at(self, skip_autoid: bool) -> tuple[str, tuple[int, ...]]:
        """INSERT of the buffer at a given record number (the first parameter), adding
        nothing when a record holds it (free_recnums.py: a deleted record's number)."""
        idx = self.insert(skip_autoid)[1]
        cols = ", ".join(["_hrec", *(self.cols[n] for n in idx)])
        marks = ", ".join(self.p for _ in range(len(idx) + 1))
        overriding = " OVERRIDING SYSTEM VALUE" if self.dialect == "postgresql" else ""
        return (f"INSERT INTO {self.table} ({cols}){overriding} VALUES ({marks}) "
                "ON CONFLICT (_hrec) DO NOTHING", idx)

    def insert_or_nothing(self, sql: str) -> str:
        """PostgreSQL: the INSERT that adds nothing (and returns no row) on a duplicate."""
        cached = self._or_nothing.get(sql)
        if cached is None:
            cached = self._or_nothing[sql] = sql.replace(" RETURNING ",
                                                         " ON CONFLICT DO NOTHING RETURNING ")
        return cached

    # -- browsing -------------------------------------------------------------
    def order(self, items: Sequence[ItemDesc], desc: bool,
              downward: Sequence[bool] = ()) -> str:
        """ORDER BY of a key (record number breaks ties; NULL first going up, as SQLite);
        `downward`: the items sorted descending (FOR EACH ... SORTED BY -item), each
        reversed again by `desc`."""
        parts = []
        for n, item in enumerate(items):
            col = self.q(item.name)
            down = desc != (n < len(downward) and downward[n])
            if self.dialect == "postgresql" and item.null_allowed:
                col += " DESC NULLS LAST" if down else " NULLS FIRST"
            elif down:
                col += " DESC"
            parts.append(col)
        parts.append("_hrec DESC" if desc else "_hrec")
        return " ORDER BY " + ", ".join(parts)

    def beyond(self, items: Sequence[ItemDesc], values: Sequence[Any], after: bool,
               downward: Sequence[bool] = ()) -> tuple[str, list[Any]]:
        """The condition "strictly after (or before) position `values`" in key order;
        `values` = key values then record number; `downward` as for `order`."""
        cols = [self.q(i.name) for i in items] + ["_hrec"]
        op = ">" if after else "<"
        if any(downward):
            return self._beyond_terms(cols, values, [after != d for d in downward]
                                      + [after] * (len(cols) - len(downward)))
        if not any(i.null_allowed for i in items):
            marks = ", ".join(self.p for _ in cols)
            return f"({', '.join(cols)}) {op} ({marks})", list(values)
        return self._beyond_terms(cols, values, [after] * len(cols))

    def _beyond_terms(self, cols: list[str], values: Sequence[Any], afters: list[bool]
                      ) -> tuple[str, list[Any]]:
        """`beyond` column by column (`afters`: per column, whether "beyond" is greater):
        the first column that differs decides, NULL lowest; for NULLs, or columns going
        both ways, where a row comparison cannot say it."""
        terms: list[str] = []
        params: list[Any] = []
        eq_sql: list[str] = []
        eq_params: list[Any] = []
        for col, value, after in zip(cols, values, afters):
            if value is None:
                step, step_params = (f"{col} IS NOT NULL", []) if after else (None, [])
            elif after:
                step, step_params = f"{col} > {self.p}", [value]
            else:
                step, step_params = f"({col} < {self.p} OR {col} IS NULL)", [value]
            if step is not None:
                terms.append("(" + " AND ".join(eq_sql + [step]) + ")")
                params += eq_params + step_params
            eq_sql.append(f"{col} IS NULL" if value is None else f"{col} = {self.p}")
            eq_params += [] if value is None else [value]
        return ("(" + " OR ".join(terms) + ")" if terms else "1 = 0"), params
