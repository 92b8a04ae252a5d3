"""Integer items of the analysis as places a value is stored into (`wl check --analysis`):
`Product.Stock = dt` and, through a variable declared `r is Record of Product` /
`r est un Enregistrement de Product`, `r.Stock = dt`. An integer item holds its size's
range as a sized int variable does (docs/hfsql.md "Integer items"), so a DateTime stored
into one smaller than 8 bytes stops the run with "Numeric overflow" as into a variable
(datetime_stores.py says it). The sizes come from the analysis (hfsql/names.py
int_items_beside); a file described in code, an alias, a query are left to the run.
"""
from __future__ import annotations

__all__ = ["item_int"]

from typing import TYPE_CHECKING

from ..runtime.kinds import Kind
from ..runtime.types import TypeSpec
from ..syntax import nodes as N
from ..syntax.names import fold

if TYPE_CHECKING:
    from .checker import FunctionChecker


def item_int(fc: "FunctionChecker", target: N.Expr) -> tuple[TypeSpec, str] | None:
    """(the item's integer type, the place as written) when `target` is `File.Item` or
    `r.Item` (r a Record of File) and that item an integer smaller than 8 bytes in the
    analysis; else None."""
    if not fc.sym.item_ints or type(target) is not N.Member or type(target.obj) is not N.Name:
        return None
    head = target.obj
    file = _file_named(fc, head.name)
    size = fc.sym.item_ints.get(file, {}).get(fold(target.name)) if file else None
    if size is None:
        return None
    return TypeSpec(Kind.INT, bits=size[0], unsigned=size[1]), f"{head.name}.{target.name}"


def _file_named(fc: "FunctionChecker", name: str) -> str | None:
    """The folded data file `name` stands for: the file itself (no variable has that
    name) or the file a Record variable is declared of."""
    key = fold(name)
    sym = fc.scope.lookup(key)
    if sym is None:
        return key if key in fc.sym.data_items else None
    spec = sym.spec
    if spec.kind is not Kind.OBJECT or spec.elem is None or spec.dims:
        return None
    entry = fc.sym.registry.types.get(spec.name)
    factory = getattr(entry, "value", None)
    return spec.elem.name if getattr(factory, "wl_of", None) == "name" else None
