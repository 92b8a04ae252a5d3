"""A data file's context: the record buffer behind `File.Item`, the current record
number, the browse key and position, HFound/HOut, the active filter and search.

One context per logical name (data file, alias, query result). Reading functions live
in reading.py; this module holds the buffer and the writes.
"""
from __future__ import annotations

__all__ = ["FileContext", "Record", "WRITE", "READ_WRITE"]

from typing import TYPE_CHECKING, Any, Sequence

from ..errors import WLRuntimeError
from ..syntax.names import fold
from .analysis import FileDesc, ItemDesc
from .array_items import element_columns, element_item
from .backends import NO_MODIF_MARK
from .duplicates import duplicate_key
from .free_recnums import add_reusing
from .errors import (CONNECTION, DATABASE, DUPLICATES, INTEGRITY, LOCK, LOST, MODIFIED,
                     NO_CURRENT, NOT_FOUND_RECORD, HFError, refused_null)
from .id_plan import draw_id, give_back_id
from .itemtypes import coercer, default_of, native_type, reader, whole_slot, writer
from .prefix import prefix_method
from .record_var import Record, Shape, json_shape
from .rowcode import buffer_storer, pg_safe_check, row_loader
from .sqlbuild import RESULT_PREFIX, FileSQL

if TYPE_CHECKING:
    from .database import Database

WRITE, READ_WRITE = 1, 2  # lock modes of a read (FileContext.lock)
_IDENTITY_KINDS = {"text", "memo", "uuid", "int", "autoid", "real", "date", "time", "datetime",
                   "any"}
_KIND_ERRORS = {"duplicates": DUPLICATES, "integrity": INTEGRITY, "lock": LOCK,
                "connection": CONNECTION}
_PROPS = {"newrecord": "new_record", "nouvelenregistrement": "new_record",
          "physicalname": "physical_name", "nomphysique": "physical_name"}


class FileContext:
    """The state HFSQL keeps per data file for one program run."""

    wl_type_name = "data file"
    positioned = 0  # HFirst/HSeek...: the record positioned on, not read (HRecNum shows it)
    wl_own_method = prefix_method  # Customer.ReadFirst(Name): HReadFirst(Customer, Name)
    named_as: str | None = None  # the name it is current under (database.Contexts)

    def __init__(self, db: "Database", desc: FileDesc, name: str | None = None) -> None:
        self.db = db
        self.desc = desc
        self.name = name or desc.name
        backend = db.backend
        self.dialect = backend.dialect
        self.sql = FileSQL(desc, desc.physical, backend.dialect, backend.param)
        self.is_result = desc.physical.startswith(RESULT_PREFIX)  # a query result
        if not self.is_result:  # a data file
            self.sql.guard(db.locks.read_guard(desc.physical))
        self.items: list[ItemDesc] = list(desc.items)
        self.index = {fold(i.name): n for n, i in enumerate(self.items)}
        self.elements = element_columns(self.items)  # array items (array_items.py)
        self.col = {id(i): n + 1 for n, i in enumerate(self.items)}  # item -> row column
        self.kinds = [i.type.kind for i in self.items]
        self._json_shape: Shape | None = None  # a Record's JSON form (record_var.py)
        self.row_to_buffer = row_loader([None if k in _IDENTITY_KINDS or (
            k == "currency" and self.dialect == "postgresql")  # numeric: a Decimal already
            else reader(k) for k in self.kinds])
        self.seek_sql: dict[tuple[str, int, bool], str] = {}  # searches without a filter
        # SQLite currency items: the integer a Decimal was made from, kept for the writer
        wholes = [whole_slot() if k == "currency" and self.dialect == "sqlite" else None
                  for k in self.kinds]
        self._writers = [writer(i.type.kind, i.size, self.dialect, w)
                         for i, w in zip(self.items, wholes)]
        self._store_all = buffer_storer(self._writers, range(len(self.items)))
        self._storers: dict[tuple[int, ...], Any] = {}
        self._sqlite_insert: tuple[str, Any] | None = None  # add_sqlite's (sql, storer)
        # PostgreSQL: HAdd in a transaction without a savepoint when only a duplicate can
        # refuse the record (no link to check): `INSERT ... ON CONFLICT DO NOTHING`
        self.pg_plain_insert = self.dialect == "postgresql" and not any(
            fold(link.child_file) == fold(desc.name) for link in db.analysis.links)
        self._safe_checks: dict[tuple[int, ...], Any] = {}
        self.coercers = [coercer(i.type.kind, w, i.type.span(), self._null_value(i))
                         for i, w in zip(self.items, wholes)]
        self.natives = [native_type(i.type) for i in self.items]  # kept as they are
        self.auto_index = next((n for n, i in enumerate(self.items) if i.auto_id), -1)
        self.buffer: list[Any] = []
        self.reset()
        self.recnum = 0
        self.read_row: tuple[Any, ...] | None = None  # the stored row last read (conflicts)
        self.found = False
        self.out = True
        self.key_name = ""
        self.key: list[ItemDesc] | None = None
        self.pos: list[Any] | None = None
        self.search: tuple[list[ItemDesc], list[Any], bool, bool] | None = None
        self.filter: tuple[str, list[Any], str] | None = None  # (sql, params, key name)
        self.filter_on = False
        self.lock = 0  # the next read locks its record: WRITE (hLockWrite) or READ_WRITE
        self.source: FileContext | None = None  # a query run with hModifyFile: its file

    @property
    def physical_name(self) -> str:
        """`File..PhysicalName` (FR `..NomPhysique`): the table holding the records."""
        return self.desc.physical

    # -- File.Item -----------------------------------------------------------
    def wl_get(self, name: str) -> Any:
        n = self.index.get(name)
        if n is None:
            prop = _PROPS.get(name)
            if prop is not None:
                return getattr(self, prop)
            raise WLRuntimeError(f"'{name}' is not an item of the data file {self.name}.")
        return self.buffer[n]

    def wl_set(self, name: str, value: Any, ctx: Any = None) -> None:
        n = self.index.get(name)
        if n is None:
            raise WLRuntimeError(f"'{name}' is not an item of the data file {self.name}.")
        self.buffer[n] = self.coercers[n](value)

    def defaults(self) -> dict[str, Any]:
        """The analysis defaults by folded item name (HReset's), which a `Record of File`
        declared and not filled holds (record_var.py)."""
        return {fold(i.name): default_of(i.type.kind, i.default, i.null_default)
                for i in self.items}

    def wl_record(self) -> "Record":
        """`r = Customer` (r is Record of Customer): a copy of the current buffer."""
        if self._json_shape is None:
            self._json_shape = json_shape(self.items, self.kinds, self.elements)
        return Record(self.name, {fold(i.name): v for i, v in zip(self.items, self.buffer)},
                      self._json_shape)

    def assign_record(self, value: Any) -> None:
        """`File = r`: the items of the record (or of another file's buffer) that the file
        also has are converted into its buffer; the others are left as they are."""
        if isinstance(value, FileContext):
            value = value.wl_record()
        if not isinstance(value, Record):
            raise WLRuntimeError(f"only a record (Record of {self.name}) or a data file can "
                                 f"be assigned to the data file {self.name}.")
        for key, item_value in value.values.items():
            n = self.index.get(key)
            if n is not None:
                self.buffer[n] = self.coercers[n](item_value)

    def _null_value(self, item: ItemDesc) -> Any:
        """What `File.Item = Null` stores: Null where the item accepts NULL, in a query's
        result (its columns keep what the database gives) and in an automatic
        identifier (HAdd computes it); else the item's default value, as Null stored
        into a variable of a simple type gives its empty value, and as `..Null = False`
        puts it back. Before, Null stayed in the buffer and HAdd failed with a bare
        "database error" (docs/hfsql.md, "Record buffer")."""
        if item.null_allowed or self.is_result or item.auto_id:
            return None
        return default_of(item.type.kind, item.default, False)

    def wl_item_null(self, name: str) -> bool:
        return self.buffer[self.item(name)] is None

    def wl_set_item_null(self, name: str, flag: bool) -> None:
        """NULL into an item that accepts it (a fatal error otherwise, as documented);
        False puts the item's default value back."""
        n = self.item(name)
        item = self.items[n]
        if flag and not item.null_allowed:
            raise WLRuntimeError(f"the item {self.name}.{item.name} does not accept NULL "
                                 f"(NULL support is off for it or its file in the analysis).")
        if flag:
            self.buffer[n] = None
        elif self.buffer[n] is None:
            self.buffer[n] = default_of(item.type.kind, item.default, False)

    def wl_iter(self) -> Any:
        """`FOR EACH ds` on a query result or data source variable."""
        from .reading import browse
        return browse(self, "", [], False)

    def wl_iter_backwards(self) -> Any:
        """`FOR EACH ds FromEnd`: the same browse from the last record."""
        from .reading import browse
        return browse(self, "", [], True)

    def item(self, name: str) -> int:
        n = self.index.get(fold(name))
        if n is None and (n := element_item(self, name)) is None:  # or "Phone[2]"
            raise WLRuntimeError(f"'{name}' is not an item of the data file {self.name}.")
        return n

    def key_items(self, name: str) -> list[ItemDesc]:
        """The items of a key (or of a plain item: HFSQL allows searches on any item)."""
        key = self.desc.key(name)
        if key is not None:
            return [self.items[self.index[fold(n)]] for n in key.items]
        n = self.index.get(fold(name))
        if n is None and (n := element_item(self, name)) is None:
            raise WLRuntimeError(f"'{name}' is not a key or an item of the data file "
                                 f"{self.name}.")
        return [self.items[n]]

    # -- buffer --------------------------------------------------------------
    def reset(self, only: str = "") -> None:
        """HReset: the analysis defaults in the buffer; the next HSave adds."""
        values = [default_of(i.type.kind, i.default, i.null_default) for i in self.items]
        if only and only != "*":
            n = self.item(only)
            self.buffer[n] = values[n]
        else:
            self.buffer = values
        self.new_record = True

    def forget_position(self) -> None:
        """No current record, no browse position, no search (HClose, HCreation...)."""
        self.recnum, self.pos, self.search, self.out, self.found = 0, None, None, True, False

    def load(self, row: tuple[Any, ...]) -> None:
        """A row read from the table (record number first) becomes the buffer."""
        self.recnum = row[0]
        self.buffer = self.row_to_buffer(row)
        self.read_row = row
        self.new_record = False

    def stored(self, indexes: Sequence[int] | None = None) -> list[Any]:
        """The buffer converted for the database (all items, or those of `indexes`)."""
        if indexes is None:
            return self._store_all(self.buffer)
        key = indexes if type(indexes) is tuple else tuple(indexes)
        store = self._storers.get(key)
        if store is None:
            store = self._storers[key] = buffer_storer(self._writers, key)
        return store(self.buffer)

    # -- writes --------------------------------------------------------------
    def failure(self, exc: BaseException, what: str) -> HFError:
        kind = self.db.backend.classify(exc)
        code = _KIND_ERRORS.get(kind or "", DATABASE)
        text = {"duplicates": "duplicate value on a unique key",
                "integrity": "integrity constraint of a link violated",
                "lock": "record locked",
                "connection": LOST}.get(kind or "", "")
        text = text or refused_null(self.db.backend, exc, f"give the item a value before {what}"
                                    ) or "database error"
        err = HFError(code, f"{what} on {self.name}: {text}.", self.name,
                      duplicate_key(self, exc) if code == DUPLICATES else "",
                      details=f"{what} on {self.name}: {exc}", cause=exc)
        if kind == "lock" and self.dialect == "sqlite" and NO_MODIF_MARK in str(exc):
            from .nomodif import refused_by_the_dead  # (a crashed program's HNoModif?)
            err.again = refused_by_the_dead(self.db.locks, self.desc.physical,
                                            self.sql.table)
        return err

    def add(self, force_id: bool = False, what: str = "HAdd") -> None:
        """HAdd: insert the buffer; the automatic identifier is computed unless forced.
        `what`: the H* function its errors name (HDuplicateRecord, HSave add too)."""
        if self.dialect == "sqlite" and not force_id:
            self.add_sqlite(what)
            return
        if self.reused(force_id, what):
            return
        db = self.db
        plan = draw_id(self, force_id)
        sql, idx = self.sql.insert(plan.db_computes)
        values = self.stored(idx)
        backend = db.backend
        fast = self.pg_plain_insert and backend.in_tx and self._safe(idx)(values)
        try:
            res = backend.insert(self.sql.insert_or_nothing(sql) if fast else sql, values, fast)
        except backend.errors() as exc:
            if not backend.aborted:
                give_back_id(self, plan)
            raise self.failure(exc, what) from None
        if res is None:  # ON CONFLICT DO NOTHING added nothing: a duplicate
            give_back_id(self, plan)
            raise HFError(DUPLICATES, f"{what} on {self.name}: duplicate value on a unique key.",
                          self.name, duplicate_key(self))
        self.recnum = res[0]
        self.read_row = None
        self.positioned = 0
        if plan.db_computes:
            self.buffer[self.auto_index] = db.drawn[self.desc.physical] = res[1]
        self.new_record = False

    def add_sqlite(self, what: str = "HAdd") -> None:
        """`add` on SQLite without hForceIdAuto, the steps of a loop of HAdd: statement and
        converter looked up once per file, the identifier counted here, one execute."""
        if self.reused(False, what):
            return
        plan = self._sqlite_insert
        if plan is None:
            sql, idx = self.sql.insert(False)
            plan = self._sqlite_insert = (sql, buffer_storer(self._writers, idx))
        db = self.db
        buf = self.buffer
        auto = self.auto_index
        if auto >= 0:
            counters = db._counters  # noqa: SLF001 - the hot path of HAdd loops
            last = counters.get(self.desc.physical)
            if last is None:  # the first of the run: read from the database
                buf[auto] = db.next_id(self)
            else:  # db.next_id's step, without the call
                buf[auto] = counters[self.desc.physical] = last + 1
        backend = db._backend or db.backend
        try:
            recnum = backend.execute(plan[0], plan[1](buf)).lastrowid
        except backend.errors() as exc:
            if auto >= 0:
                db.release_id(self, buf[auto])
            raise self.failure(exc, what) from None
        self.recnum = recnum
        self.read_row = None
        self.positioned = 0
        self.new_record = False

    def reused(self, force_id: bool, what: str) -> bool:
        """Added at a deleted record's number (free_recnums.py); False: the file has none
        free, the caller adds at a new number."""
        heap = self.db.freed.heaps.get(self.desc.physical)
        return (heap is None or bool(heap)) and add_reusing(self, force_id, what)

    def _safe(self, idx: tuple[int, ...]) -> Any:
        """The PostgreSQL check that an insert of these items can only fail as a duplicate."""
        check = self._safe_checks.get(idx)
        if check is None:
            check = self._safe_checks[idx] = pg_safe_check([self.items[n] for n in idx])
        return check

    def _target(self, recnum: int) -> int:
        target = recnum or self.recnum
        if not target:
            raise HFError(NO_CURRENT, f"no current record in {self.name}.", self.name)
        return target

    def stored_row(self, recnum: int) -> tuple[Any, ...] | None:
        """(1, the automatic identifier or None) of record `recnum`, None when there is
        no such record: HWrite writes over it keeping its identifier, or adds."""
        auto = self.sql.cols[self.auto_index] if self.auto_index >= 0 else "NULL"
        return self.db.backend.execute(f"SELECT 1, {auto} FROM {self.sql.table} WHERE "
                                       f"_hrec = {self.sql.p}", [recnum]).fetchone()

    def modify(self, recnum: int = 0, what: str = "HModify") -> None:
        """HModify: write the buffer over the current (or given) record (`what`: the H*
        function its errors name)."""
        target = self._target(recnum)
        self._locked_write(self.sql.update, [*self.stored(), target], target, what)
        self.recnum = target

    def delete(self, recnum: int = 0, what: str = "HDelete") -> None:
        """HDelete: remove the current (or given) record; the browse position is kept
        (`what`: the H* function its errors name)."""
        target = self._target(recnum)
        self._locked_write(self.sql.delete, [target], target, what)
        if what != "HCross":  # a crossed record keeps its number until HFree
            self.db.freed.freed(self.desc.physical, target)

    def _read_values(self, target: int) -> list[Any] | None:
        """The stored values of `target` as this program last read it (None: not read
        since, so there is nothing to compare: a record added, or given by number)."""
        row = self.read_row
        if row is None or row[0] != target or self.is_result:
            return None
        return list(row[1:1 + len(self.items)])

    def _locked_write(self, sql: str, params: list[Any], target: int, what: str) -> None:
        """UPDATE/DELETE of record `target` unless another connection locks it (or the
        file) or changed it since this program read it (a modification conflict); the
        lock this connection held on it is released (as a write does in HFSQL)."""
        db = self.db
        locks = db.locks
        table = self.desc.physical
        cond, cond_params = locks.free_condition(table, self.sql.p)
        read = self._read_values(target)
        params = [*params, *cond_params, target]
        if read is not None:
            cond += " AND " + self.sql.unchanged
            params += read
        try:
            count = db.backend.write(f"{sql} AND {cond}", params)
        except db.backend.errors() as exc:
            raise self.failure(exc, what) from None
        if count == 0:
            raise self._refusal(target, what, read is not None)
        self.read_row = None
        locks.unlock(table, target)

    def _refusal(self, target: int, what: str, checked: bool) -> HFError:
        """Why an UPDATE/DELETE wrote nothing: a lock of another connection, a change (or
        delete) by another connection since the read, or no such record."""
        cond, cond_params = self.db.locks.free_condition(self.desc.physical, self.sql.p)
        row = self.db.backend.execute(f"SELECT {cond} FROM {self.sql.table} WHERE _hrec = "
                                      f"{self.sql.p}", [*cond_params, target, target]).fetchone()
        if row is not None and not row[0]:
            return HFError(LOCK, f"{what} on {self.name}: record {target} is locked by "
                                 f"another connection.", self.name)
        if checked:
            change = "deleted" if row is None else "modified"
            return HFError(MODIFIED, f"{what} on {self.name}: record {target} was {change} "
                                     f"since it was read (modification conflict).", self.name)
        return HFError(NOT_FOUND_RECORD, f"record {target} of {self.name} does not exist.",
                       self.name)
