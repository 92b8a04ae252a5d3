"""A data file's context: the record buffer behind `File.Item`, the current record
number, the browse key and position, HFound/HOut, the active filter and search.

One context per logical name (data file, alias, query result). Reading functions live
in reading.py, FOR EACH's browse in browsing.py; this module holds the buffer and the
state (its converters: buffer_converters.py), file_writes.py the writes.
"""
from __future__ import annotations

__all__ = ["FileContext", "Record", "WRITE", "READ_WRITE", "STARTED"]

from typing import TYPE_CHECKING, Any, Sequence

from ..errors import WLRuntimeError
from ..syntax.names import fold
from .analysis import FileDesc, ItemDesc
from .array_items import element_columns, element_item
from .file_writes import FileWrites
from .buffer_converters import coercer, native_type, reader, whole_slot, writer
from .itemtypes import default_of
from .prefix import prefix_method
from .record_var import Record, Shape, dated_marks, json_shape, marked
from .rowcode import buffer_storer, row_loader
from .sqlbuild import RESULT_PREFIX, FileSQL

if TYPE_CHECKING:
    from .database import Database

# lock modes of a read (FileContext.lock); STARTED: a write lock HEndLock releases
WRITE, READ_WRITE, STARTED = 1, 2, 3
_IDENTITY_KINDS = {"text", "memo", "uuid", "int", "autoid", "real", "date", "time", "datetime",
                   "any"}
_PROPS = {"newrecord": "new_record", "nouvelenregistrement": "new_record",
          "physicalname": "physical_name", "nomphysique": "physical_name"}


class FileContext(FileWrites):
    """The state HFSQL keeps per data file for one program run (its writes: FileWrites)."""

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
        self.marks = dated_marks(self.items)  # a Date, Time, DateTime item's read value
        self._json_shape: Shape | None = None  # a Record's JSON form (record_var.py)
        self.row_to_buffer = row_loader([None if k in _IDENTITY_KINDS or (
            k == "currency" and self.dialect == "postgresql")  # numeric: a Decimal already
            else reader(k) for k in self.kinds])
        self.seek_sql: dict[tuple[str, int, bool, bool], str] = {}  # searches without a filter
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
        self.coercers = [coercer(i.type.kind, w, i.type.span(), self._null_value(i), i.size)
                         for i, w in zip(self.items, wholes)]
        self.natives = [native_type(i.type, i.size) for i in self.items]  # kept as they are
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
        self.lock = 0  # the next read locks its record: WRITE (hLockWrite), READ_WRITE, STARTED
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
        return marked(self.buffer[n], self.marks[n])

    def value_at(self, n: int) -> Any:
        """The value of the item at buffer index `n` as the code reads it (marked)."""
        return marked(self.buffer[n], self.marks[n])

    def dated_names(self) -> dict[str, type[str] | None]:
        """The marks of the dated items by folded name (a declared Record's, record_var)."""
        return {fold(i.name): m for i, m in zip(self.items, self.marks) if m is not None}

    def coercers_by_name(self) -> dict[str, Any]:
        """Each item's conversion by folded name (a Record of this file converts what its
        items are given as the buffer does: record_var.py)."""
        return {key: self.coercers[n] for key, n in self.index.items()}

    def wl_prop(self, name: str) -> Any:
        """`File..Name` (FR `..Nom`): the file's logical name (its alias or query's name
        too), not its item `Name` (`File.Name`); `..PhysicalName`, `..NewRecord`; any
        other name is an item, as `File.Item` (INFERRED: no stored page lists a data
        file's properties; generic code reads `..Nom` to name the file it was given)."""
        if name in ("name", "nom"):
            return self.name
        return self.wl_get(name)

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
        record = Record(self.name, {fold(i.name): v for i, v in zip(self.items, self.buffer)},
                        self._json_shape)
        record.marks = self.dated_names()
        record.coercers = self.coercers_by_name()
        record.descs = (self.items, self.index)  # (r.Name..Caption)
        return record

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
        from .browsing import browse
        return browse(self, "", [], False)

    def wl_iter_backwards(self) -> Any:
        """`FOR EACH ds FromEnd`: the same browse from the last record."""
        from .browsing import browse
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

