"""What compiled WLanguage code calls for data files: undeclared names that are data
files or items of the analysis (`Customer.Name`, `HReadFirst(Customer, Name)`) and the
`FOR EACH File [ON key] [WHERE ...]` loop."""
from __future__ import annotations

__all__ = ["data_name", "data_assign", "data_item", "data_item_set", "data_element",
           "data_element_set", "record_element", "record_element_set", "file_loop",
           "item_null", "item_dimension", "item_property", "set_item_null", "source_named", "ItemName"]

from typing import Any, Callable, Iterator

from ..errors import WLRuntimeError
from ..windev_controls import control_message, spelled_kind
from ..windev_window_constants import WINDOW_CONSTANT_KEYS, window_constant_message
from .names import analysis_path, project_query_names

# The data layer is imported on first use: programs without data files do not pay for it.


class ItemName(str):
    """A bare item or key name of the analysis, passed to an H* function."""

    wl_type_name = "item name"


def source_named(rt: Any, source: Any, name: str) -> Any:
    """`HExecuteSQLQuery(QRY, ...)` with `QRY is Data Source`: the query takes its
    variable's name, which its errors and HErrorInfo show (they said "DataSource1"); a
    source already named keeps its name, and one named like a data file of the analysis
    keeps its own (its result would hide the file: docs/hfsql.md "Queries")."""
    take = getattr(source, "take_name", None)
    if take is None or getattr(source, "named", True):
        return source
    if analysis_path(rt):
        from .database import session
        if session(rt).analysis.file(name) is not None:
            return source
    take(name)
    return source


def data_name(rt: Any, key: str, fallback: Any, item: bool = False, as_name: str = "") -> Any:
    """An undeclared name: the data file (or alias, query...) of that name, else an item
    name of the analysis, else the implicit variable's value. `item`: the argument of an
    H* function where it takes an item (`HReadSeekFirst(Orders, Customer, n)`): an item
    name wins over a data file of the same name there (it was the file, a "data file
    cannot be converted to a string" error: docs/hfsql.md "Record buffer"). `as_name`:
    the name as written, given where an H* function takes its data file: never
    assigned, the name is the file's name (`HReadFirst(Clients)` with no such file said
    so; the implicit variable's "" named the last file used, which was read instead)."""
    if as_name and fallback == "" and type(fallback) is str:
        fallback = as_name
    db = rt.state.get("hfsql")
    if db is None:
        if not analysis_path(rt) and key not in project_query_names(rt):
            return _not_data(key, fallback)  # no analysis, no query, no H* call yet
        from .database import session
        db = session(rt)
    if item and key in db.analysis.item_names():
        return _item_name(key)
    if db.queries:  # a project query (its parameters, then its result)
        query = db.queries.get(key)
        if query is not None:
            return query
    ctx = db.contexts.get(key)
    if ctx is not None:
        return ctx
    if db.knows(key):
        return db.context(key)
    if key in db.analysis.item_names():
        return _item_name(key)
    connection = db.analysis.connection_name(key)
    if connection is not None:  # `HChangeConnection(File, MyConnection)`: its name
        return connection
    return _not_data(key, fallback)


_ITEM_NAMES: dict[str, ItemName] = {}


def _item_name(key: str) -> ItemName:
    """The item name `key` (`HReadSeekFirst(File, Key, ...)` in a loop: made once)."""
    name = _ITEM_NAMES.get(key)
    if name is None:
        name = _ITEM_NAMES[key] = ItemName(key)
    return name


def _not_data(key: str, fallback: Any) -> Any:
    """An undeclared name that is no data: the implicit variable's value, unless the
    name reads as a window control's (`EDT_Name`, wlinterp/windev_controls.py), which
    stops with an error saying so."""
    if spelled_kind(key) is None:
        if key in WINDOW_CONSTANT_KEYS and fallback == "" and type(fallback) is str:
            raise WLRuntimeError(window_constant_message(key))  # `= Non`, never assigned
        return fallback
    raise WLRuntimeError(control_message(key))


def data_item(rt: Any, key: str, fallback: Any, name: str) -> Any:
    """`File.Item` read, where File is an undeclared name: the buffer's value directly
    (the hot path of every loop over a data file), else what `data_name` finds."""
    db = rt.state.get("hfsql")  # _slot inlined: one call less per item read
    if db is not None:
        ctx = db.contexts.get(key)
        if ctx is not None:
            n = ctx.index.get(name)
            if n is not None:
                return ctx.buffer[n] if ctx.marks[n] is None else ctx.value_at(n)
    from ..runtime.access import get_member
    return get_member(data_name(rt, key, fallback), name)


def data_item_set(rt: Any, key: str, fallback: Any, name: str, value: Any, tctx: Any,
                  shown: str) -> tuple[Any, int]:
    """`File.Item = value`: converted to the item's type straight into the buffer.
    Returns the context and the item's index when the value went into a buffer, for the
    compiled code to store the next values itself while the name still designates that
    context (compiler/classes.py `store_data_item`); else (None, -1)."""
    db = rt.state.get("hfsql")
    if db is not None:
        ctx = db.contexts.get(key)
        if ctx is not None:
            n = ctx.index.get(name)
            if n is not None:  # a value of the item's own type needs no converter call
                ctx.buffer[n] = value if type(value) is ctx.natives[n] else ctx.coercers[n](value)
                return ctx, n
    from ..runtime.access import set_member
    set_member(data_name(rt, key, fallback), name, value, tctx, shown)
    return None, -1


def data_element(rt: Any, key: str, fallback: Any, name: str, number: Any,
                 shown: str = "") -> Any:
    """`File.Item[i]` read, where File is an undeclared name: an element of an array
    item (array_items.py), else the value indexed as any value is."""
    target = data_name(rt, key, fallback)
    from .context import FileContext
    if type(target) is FileContext:
        from .array_items import read_element
        return read_element(target, name, number)
    from ..runtime.access import get_index, get_member
    return get_index(get_member(target, name), number)


def data_element_set(rt: Any, key: str, fallback: Any, name: str, number: Any, value: Any,
                     tctx: Any, shown: str) -> None:
    """`File.Item[i] = v`: into an array item's element; anything else as the compiler
    stores `x.m[i] = v` (a combination member's option, or a container's element)."""
    target = data_name(rt, key, fallback)
    from .context import FileContext
    if type(target) is FileContext:
        from .array_items import write_element
        if write_element(target, name, number, value):
            return
    from ..runtime.access import get_member, holds_flags, set_index, set_member, with_flag
    now = get_member(target, name)
    if holds_flags(now, number):
        set_member(target, name, with_flag(now, value, number), tctx, shown)
    else:
        set_index(now, value, number)


def record_element(record: Any, name: str, number: Any, shown: str) -> Any:
    """`r.Item[i]` on a `Record of File` variable: an element of an array item the record
    was copied from (array_items.py), else the value indexed as any value is; on a Data
    Source, an element of its result's array item (a `SELECT *`)."""
    from .array_items import read_element, record_key
    if hasattr(record, "hf_context"):
        ctx = record.hf_context()
        if ctx is not None:
            return read_element(ctx, name, number)
    key = record_key(record, name, number, shown) if hasattr(record, "values") else None
    if key is not None:
        return record.values[key]
    from ..runtime.access import get_index
    return get_index(record.wl_get(name), number)


def record_element_set(record: Any, name: str, number: Any, value: Any, tctx: Any,
                       shown: str) -> None:
    """`r.Item[i] = v` on a `Record of File` variable or a Data Source (as
    `data_element_set`)."""
    from .array_items import record_key, write_element
    if hasattr(record, "hf_context"):
        ctx = record.hf_context()
        if ctx is not None and write_element(ctx, name, number, value):
            return
    key = record_key(record, name, number, shown) if hasattr(record, "values") else None
    if key is not None:
        record.values[key] = value
        return
    from ..runtime.access import holds_flags, set_index, with_flag
    now = record.wl_get(name)
    if holds_flags(now, number):
        record.wl_set(name, with_flag(now, value, number), tctx)
    else:
        set_index(now, value, number)


def data_assign(rt: Any, key: str, current: Any, value: Any) -> Any:
    """`Name = value` on an undeclared name: when Name is a data file, the record (a
    Record variable, or another file's buffer) is copied into its buffer and the implicit
    variable keeps its value; otherwise the value is simply assigned."""
    target = data_name(rt, key, None)
    assign = getattr(target, "assign_record", None)
    if assign is None:
        return value
    assign(value)
    return current


def item_null(obj: Any, name: str) -> bool:
    """`x.Item..Null`: is the item NULL (a data file's buffer, or any member)?"""
    check = getattr(obj, "wl_item_null", None)
    if check is not None:
        return bool(check(name))
    from ..runtime.access import get_member
    return get_member(obj, name) is None


def _held(obj: Any) -> Any:
    """A Data Source stands for the query result it holds (its items are that result's);
    any other value is itself."""
    from .context import FileContext
    held = getattr(obj, "hf_context", None)
    return held() or obj if held is not None and type(obj) is not FileContext else obj


def item_dimension(obj: Any, name: str) -> Any:
    """`File.Item..Dimension`: an array item's number of elements, 1 for any other item
    of a data file, query or Record (docs/hfsql.md "Array items"); on any other value,
    the member's own `..Dimension`."""
    from .context import FileContext, Record
    obj = _held(obj)
    if type(obj) is FileContext and name in obj.index:
        columns = obj.elements.get(name)
        return 1 if columns is None else len(columns)
    if type(obj) is Record and name in obj.values:  # r.Phone..Dimension: what r carries
        from ..syntax.names import fold
        from .analysis import element_name
        count = 1
        while fold(element_name(name, count + 1)) in obj.values:
            count += 1
        return count
    from ..runtime.access import get_member, get_prop
    return get_prop(get_member(obj, name), "dimension")


def item_property(obj: Any, name: str, value: Callable[[], Any], key: str) -> Any:
    """`Customer.Name..Size` / `..Taille`, `..Name`, `..Caption`, `..DefaultValue`,
    `..KeyType`, `..NullSupported` (EN and FR: hfsql/item_props.py): what the analysis
    says of the item (40 for a text of 40 characters; docs/hfsql.md "Record buffer"), for
    an item of a data file, of a query's result or of a Record of a file (`r.Name..Caption`);
    on any other value, the member's own property (it was "A string has no property 'Size'": the item's value was asked), read
    as the compiled member read gives it (`value`) under the name written (`key`: a
    class's Buffer member `:buf..Taille` is its length, which `..Size` is not)."""
    from .context import FileContext
    from .record_var import Record
    obj = _held(obj)
    if type(obj) is FileContext and name in obj.index:
        from .item_props import item_property_of
        return item_property_of(obj.items[obj.index[name]], key)
    if type(obj) is Record and (desc := obj.item_desc(name)) is not None:
        from .item_props import item_property_of  # `r is Record of Customer`:
        return item_property_of(desc, key)  # r.Name..Caption as Customer.Name..Caption
    from ..runtime.access import get_prop
    return get_prop(value(), key)


def item_type(obj: Any, name: str, value: Callable[[], Any], rt: Any,
              type_var: Any) -> Any:
    """`File.Item..Type`: the item's type as its hItem... constant (`IF Customer.Age..Type
    = hRubEntier`), for an item of a data file or of a query's result (docs/hfsql.md
    "Files described in code"); on any other value, the member's `..Type` (`value()`
    reads it)."""
    from .context import FileContext
    from .describe import type_constant
    obj = _held(obj)
    if type(obj) is FileContext and name in obj.index:
        return type_constant(obj.items[obj.index[name]].type)
    from ..runtime.access import value_type
    return value_type(value(), rt, type_var)


def set_item_null(obj: Any, name: str, flag: Any) -> None:
    """`x.Item..Null = True/False`."""
    setter = getattr(obj, "wl_set_item_null", None)
    if setter is None:
        raise WLRuntimeError("..Null can only be set on an item of a data file.")
    from ..runtime.values import to_bool
    setter(name, to_bool(flag))


def file_loop(rt: Any, target: Any, key: str, where: list[Any],
              from_end: bool = False, keep_position: bool = False, deep: bool = False
              ) -> Iterator[Any]:
    """`FOR EACH target`: target is a context (data file, query, data source) or a name;
    `deep`: `FOR EACH reader IN DEPTH`, for a jsonReader only."""
    from .context import FileContext
    from .database import session
    from .browsing import browse
    own = getattr(target, "wl_file_loop", None)
    if own is not None:  # a jsonReader (stdlib/json_reader.py): FOR EACH reader
        return own(deep) if deep else own()
    if deep:
        raise WLRuntimeError("FOR EACH ... IN DEPTH goes through a jsonReader only.")
    ctx = target
    inner = getattr(target, "hf_context", None)
    if inner is not None:  # a Data Source variable
        ctx = inner()
        if ctx is None:
            return iter(())
    if not isinstance(ctx, FileContext):
        name = str(target)
        ctx = session(rt).context(name)
        if ctx is None:
            raise WLRuntimeError(f"FOR EACH: '{name}' is not a data file of the analysis.")
    errors = ctx.db.errors
    errors.clear()  # as on entry of an H* function (ErrorOccurred too)
    rt.clear_error()
    return browse(ctx, key, where, from_end, lambda err, again: _lock_met(rt, errors, err, again),
                  keep_position)


def _lock_met(rt: Any, errors: Any, err: Any, again: Any) -> bool:
    """FOR EACH met a record read-locked by another connection: the H* error convention
    (H.NbRetry, HOnError, then HErrorLock() and ErrorOccurred set, CASE ERROR entered).
    True: the lock is gone, the loop goes on."""
    from ..errors import BuiltinFailure
    from ..registry import report_failure
    from .onerror import settle
    try:
        settle(rt, errors, err, again, False)
    except BuiltinFailure as failure:
        report_failure(rt, failure)
        return False
    return True
