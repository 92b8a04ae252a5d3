"""Properties of library types' variables as the semantic pass checks them: `c.Nope` on a
variable declared `c is ftpConnection` (geoPosition, httpRequest, emailAttach, Email...)
stops the run ("An ftpConnection variable has no property 'Nope'"); `wl check` says so
before (WL109), at the property's name, and the run stops there with the same words.

Which names a type has is asked of the run-time code itself, on a fresh value of the
type (its registry factory; runtime/access.py `get_member` / `get_prop`): the one place
that decides it, so the check cannot refuse what the run accepts. Only its refusals
that say the name is not one of the type's are taken; any other answer (a value, an
error about the value's state) counts as having it. "Did you mean" chooses among the
names the run's own message lists, when it lists them.
"""
from __future__ import annotations

__all__ = ["library_property"]

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..errors import WLRuntimeError
from ..runtime.access import PROPERTY_REFUSALS as _REFUSALS
from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold

if TYPE_CHECKING:
    from .checker_state import CheckerState

# names the compiler answers before asking the value (compiler/exprs.py x_Prop)
_ANSWERED = frozenset({"type", "class", "classe", "exist", "existe", "null"})
_LISTED = re.compile(r"\(([^()]*)\)\.?$")


def library_property(fc: "CheckerState", e: N.Prop | N.Member) -> None:
    """WL109 for `c.Name` / `c..Name` read on a variable declared of a library type
    (one the registry creates) that has no property or member Name."""
    type_name = _library_type(fc, e.obj)
    key = fold(e.name)
    if type_name is None or key in _ANSWERED:
        return
    refusal = _refusal(type_name, key, type(e) is N.Prop)
    if refusal is None:
        return
    message = refusal.replace(f"'{key}'", f"'{e.name}'").rstrip(".")
    col = fc.rep.find(e.line, e.col, e.name)
    d = fc.rep.report("WL109", message, e, len(e.name), col=col,
                      hint=_nearest(type_name, e.name, refusal, type(e) is N.Prop))
    fc.rep.call_errors.setdefault((e.line, e.col), d)  # the run stops there


def _library_type(fc: "CheckerState", obj: N.Expr) -> str | None:
    """The registry's name of the type `obj` is declared of, when `obj` is a variable
    declared of a library type without elements (not an array, a queue of...)."""
    if type(obj) is not N.Name:
        return None
    spec = getattr(fc.scope.lookup(fold(obj.name)), "spec", None)
    if spec is None or spec.kind != Kind.OBJECT or spec.elem is not None or spec.dims:
        return None
    return str(spec.name) if spec.name in fc.sym.registry.types else None


@lru_cache(maxsize=None)
def _refusal(type_name: str, key: str, prop: bool) -> str | None:
    """The run's message refusing `key` on a fresh value of the type, or None when it
    accepts it (or its value cannot be made outside a run)."""
    from ..registry import load_stdlib
    from ..runtime.access import get_member, get_prop
    entry = load_stdlib().types.get(type_name)
    try:
        value = entry.value(None) if entry is not None else None
    except Exception:  # a type that needs a run to be made: the run decides
        return None
    if value is None or isinstance(value, str):  # (strings: value_properties.py)
        return None
    try:
        (get_prop if prop else get_member)(value, key)
    except WLRuntimeError as err:
        text = str(err)
        return text if any(words in text for words in _REFUSALS) else None
    except Exception:
        return None
    return None


def _nearest(type_name: str, name: str, refusal: str, prop: bool) -> str | None:
    """"did you mean Server?" for `c.Sever`, among the names the run's message lists
    that the run accepts; None when it lists none."""
    from .suggest import closest
    listed = _LISTED.search(refusal)
    if listed is None:
        return None
    words = re.findall(r"[A-Za-zÀ-ÿ]\w*", listed.group(1))
    names = [w for w in words if w not in ("and", "has", "wlinterp", "serves")
             and _refusal(type_name, fold(w), prop) is None]
    best = closest(name, names)
    return f"did you mean {best}?" if best else None
