"""FileToMemory/FichierVersMémoire and MemoryToFile/MémoireVersFichier: the members of a
structure or object variable and the current record of a data file, each from the other.

No stored help page for either (searched "FileToMemory", "FichierVersMémoire",
"MemoryToFile", "MémoireVersFichier" and the MAPPING attribute, 2026-12-03); real code
calls FileToMemory(object, File) in the methods of its classes (one class per data file,
its members marked `<mapping="Item">`). *Decided* (docs/builtins.md, "FileToMemory,
MemoryToFile"), all INFERRED:
- a member is linked to the item its `<MAPPING=...>` attribute names (quoted or not, any
  case, accents ignored), else to the item of its own name; members linked to no item
  of the file, GLOBAL members and members of a composite type (array, structure,
  object) are left alone, as are the items no member is linked to;
- FileToMemory(variable, file) copies the items of the file's current buffer (what the
  last read, HReset or assignment left in it) into the linked members, each converted to
  the member's type; MemoryToFile(variable, file) copies the linked members into the
  buffer, each converted to the item's type; neither reads nor writes the database
  (HAdd/HModify do that next). Both return True;
- the variable must be a structure or an object (an object of a class: its ancestors'
  members too): any other value is a fatal error naming the window forms, which are
  window functions; a file that is not one is the H* fatal error of every H* function.
"""
from __future__ import annotations

from typing import Any

from wlinterp.errors import WLRuntimeError
from wlinterp.hfsql.context import FileContext
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.containers import WLStruct
from wlinterp.runtime.kinds import K_ARRAY, K_ASSOC, K_OBJECT, K_STRUCT
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .hfsql_base import file_arg, h_function

family = Family("HFSQL records and variables")

_COMPOSITE = (K_ARRAY, K_ASSOC, K_OBJECT, K_STRUCT)


def mapped_items(variable: WLStruct, ctx: FileContext) -> list[tuple[str, int]]:
    """(folded member, item index) of each member of `variable` linked to an item of the
    file: by its `<MAPPING=...>` attribute, else by its own name."""
    attributes = variable.sdef.attributes
    pairs = []
    for key, shown, spec in variable.sdef.members:
        if spec.kind in _COMPOSITE:
            continue
        item = attributes.get(key, {}).get("mapping") or shown
        n = ctx.index.get(fold(item.strip()))
        if n is not None:
            pairs.append((key, n))
    return pairs


def _linked(rt: Runtime, value: Any, file: Any, fname: str
            ) -> tuple[WLStruct, FileContext, list[tuple[str, int]]]:
    """The structure or object argument, the data file and their links. A variable of
    any other kind is the caller's mistake (a fatal error)."""
    if not isinstance(value, WLStruct):
        raise WLRuntimeError(
            f"{fname}: a structure or object variable is expected as first parameter, not "
            f"a value of type {V.type_name(value)} (its forms that take a window or a "
            f"control are window functions: not available outside the IDE).")
    ctx = file_arg(rt, file, fname)
    ctx.db.touch(ctx)
    return value, ctx, mapped_items(value, ctx)


@h_function(family, "FileToMemory", "FichierVersMémoire")
def file_to_memory(rt: Runtime, variable: Any, file: Any) -> bool:
    """The members of a structure or object take the items of the current record."""
    target, ctx, links = _linked(rt, variable, file, "FileToMemory")
    for key, n in links:
        target.wl_set(key, ctx.buffer[n], rt.typectx)
    return True


@h_function(family, "MemoryToFile", "MémoireVersFichier")
def memory_to_file(rt: Runtime, variable: Any, file: Any) -> bool:
    """The items of the current record take the members of a structure or object."""
    source, ctx, links = _linked(rt, variable, file, "MemoryToFile")
    for key, n in links:
        ctx.buffer[n] = ctx.coercers[n](source.values[key])
    return True
