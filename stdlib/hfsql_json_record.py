"""HJSONToRecord / HJSONVersEnregistrement (?1000021910; `File.JSONToRecord(...)`,
?1000025009): JSON data read into the current record of a data file.

From the pages (VERIFIED): the data is a JSON text or a JSON variable; the items named
(third parameter, names separated by commas or CR, in single quotes or not) take the
JSON keys named (fourth parameter, in the same order; by default the items' own names);
the items not imported take the default value of the analysis; True when nothing went
wrong, else False with HErrorInfo. Decided here (INFERRED, docs/builtins.md): keys are
matched to items whatever their case, as WLanguage names are; a key that names no item
is left out; a JSON null leaves the item's default; an object or an array given to an
item cannot be imported: False, HErrorInfo naming the item (the others are imported),
but an array of simple values given to an array item fills its elements in order (at
most as many as it has: HRecordToJSON's form, docs/hfsql.md "Array items, shown").
"""
from __future__ import annotations

import json
from typing import Any

from wlinterp.hfsql.array_views import put_value
from wlinterp.hfsql.errors import DATABASE, HFError
from wlinterp.registry import Family
from wlinterp.runtime.json_forms import json_problem
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .hfsql_base import file_arg, h_function
from .variants import json_reason

family = Family("HFSQL records from JSON")


@h_function(family, "HJSONToRecord", "HJSONVersEnregistrement")
def h_json_to_record(rt: Runtime, file: Any, data: Any, items: Any = None,
                     keys: Any = None) -> bool:
    """Reset the buffer to the analysis's defaults, then give each item chosen the value
    of its JSON key (see the module docstring)."""
    ctx = file_arg(rt, file, "HJSONToRecord")
    ctx.db.touch(ctx)
    source = V.to_str(data)
    try:
        obj = json.loads(source)
    except (ValueError, RecursionError) as exc:
        err = HFError(DATABASE, f"HJSONToRecord: the data is not JSON "
                                f"({json_problem(exc)}).", ctx.name)
        err.subs = ((json_reason(source), DATABASE),)  # where and why
        raise err from None
    if not isinstance(obj, dict):
        raise HFError(DATABASE, "HJSONToRecord: the JSON data is not an object.", ctx.name)
    by_key = {fold(k): v for k, v in obj.items()}
    names = _names(items) or [i.name for i in ctx.items]
    sources = _names(keys) or names
    new = ctx.new_record
    ctx.reset("")
    ctx.new_record = new  # the current record, filled: HAdd or HModify decides
    refused = []
    for name, key in zip(names, sources):
        if fold(name) not in ctx.index:
            raise HFError(DATABASE, f"HJSONToRecord: '{name}' is not an item of the data "
                                    f"file {ctx.name}.", ctx.name)
        if fold(key) not in by_key:
            continue
        value = by_key[fold(key)]
        if _elements(ctx, name, value):
            put_value(ctx, name, value)  # an array item: its elements, in order
        elif isinstance(value, (dict, list)):
            refused.append(name)
        elif value is not None:
            ctx.wl_set(fold(name), value)
    if refused:  # a sub-error for each item (the page's loop on errNumberSubError)
        err = HFError(DATABASE, f"HJSONToRecord: an object or an array cannot be imported "
                                f"into the item(s) {', '.join(refused)}.", ctx.name)
        err.subs = tuple((f"HJSONToRecord: the item {name}: an object or an array cannot "
                          f"be imported.", DATABASE) for name in refused)
        raise err
    return True


def _elements(ctx: Any, name: str, value: Any) -> bool:
    """Is `value` a JSON array of simple values, no longer than the array item `name`
    (HRecordToJSON's form of an array item: docs/hfsql.md "Array items, shown")?"""
    columns = ctx.elements.get(fold(name))
    return columns is not None and isinstance(value, list) and len(value) <= len(columns) \
        and not any(isinstance(v, (dict, list)) for v in value)


def _names(value: Any) -> list[str]:
    """Names separated by commas or CR, each possibly in single quotes."""
    if value is None:
        return []
    text = V.to_str(value).replace("\r", "\n").replace("\n", ",")
    return [n.strip().strip("'").strip() for n in text.split(",") if n.strip()]
