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
from typing import TYPE_CHECKING, Any

from ..errors import WLRuntimeError
from ..lazy_regex import lazy_compile
from ..runtime.access import PROPERTY_REFUSALS as _REFUSALS, READ_ONLY_REFUSAL
from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold

if TYPE_CHECKING:
    from .checker_state import CheckerState

# names the compiler answers before asking the value (compiler/exprs.py x_Prop)
_ANSWERED = frozenset({"type", "class", "classe", "exist", "existe", "null"})
_LISTED = lazy_compile(r"\(([^()]*)\)\.?$")


def library_property(fc: "CheckerState", e: N.Prop | N.Member, write: bool = False) -> None:
    """WL109 for `c.Name` / `c..Name` read, or assigned (`write`: `h.URLL = "x"` on an
    httpRequest stops the run as the read does), on a variable declared of a library
    type (one the registry creates) that has no property or member Name."""
    type_name = _library_type(fc, e.obj)
    key = fold(e.name)
    if type_name is None or key in _ANSWERED:
        return
    prop = type(e) is N.Prop
    refusal = _refusal(type_name, key, prop, write)
    if refusal is None:
        return
    message = refusal.replace(f"'{key}'", f"'{e.name}'").rstrip(".")
    col = fc.rep.find(e.line, e.col, e.name)
    if READ_ONLY_REFUSAL in refusal:  # `c.Red = 5` on a Color: read, never assigned
        d = fc.rep.report("WL106", message.replace(key, e.name, 1), e, len(e.name), col=col)
    else:
        d = fc.rep.report("WL109", message, e, len(e.name), col=col,
                          hint=_nearest(type_name, e.name, refusal, prop))
    fc.rep.call_errors.setdefault((e.line, e.col), d)  # the run stops there


def _library_type(fc: "CheckerState", obj: N.Expr) -> str | None:
    """The registry's name of the type `obj` is declared of, when `obj` is a variable
    declared of a library type without elements (not an array, a queue of...), or an
    element of an array or associative array of such a type (`t[1].URLL = "x"` stops
    the run as `h.URLL = "x"` does)."""
    subscripts = 0
    if type(obj) is N.Index:
        subscripts, obj = len(obj.args), obj.obj
    if type(obj) is not N.Name:
        return None
    spec = getattr(fc.scope.lookup(fold(obj.name)), "spec", None)
    if spec is not None and subscripts:
        whole = subscripts == (len(spec.dims) or 1) if spec.kind == Kind.ARRAY \
            else subscripts == 1 and spec.kind == Kind.ASSOC
        spec = spec.elem if whole else None
    if spec is None or spec.kind != Kind.OBJECT or spec.elem is not None or spec.dims:
        return None
    return str(spec.name) if spec.name in fc.sym.registry.types else None


@lru_cache(maxsize=None)
def _refusal(type_name: str, key: str, prop: bool, write: bool = False) -> str | None:
    """The run's message refusing `key` on a fresh value of the type (read, or given a
    value when `write`), or None when it accepts it (or its value cannot be made
    outside a run)."""
    from ..runtime.access import get_member, get_prop, set_member, set_prop
    value = _fresh(type_name)
    if value is None:
        return None
    try:
        if write:
            no_context: Any = None  # (a fresh library value's setters need none)
            (set_prop if prop else set_member)(value, key, "", no_context)
        else:
            (get_prop if prop else get_member)(value, key)
    except WLRuntimeError as err:
        text = str(err)
        return text if any(words in text for words in _REFUSALS) \
            or write and READ_ONLY_REFUSAL in text else None
    except Exception:
        return None
    return None


def _fresh(type_name: str) -> object:
    """A new value of the library type, None when it cannot be made outside a run (the
    run decides then) or is a string (value_properties.py checks those)."""
    from ..registry import load_stdlib
    entry = load_stdlib().types.get(type_name)
    try:
        value = entry.value(None) if entry is not None else None
    except Exception:
        return None
    return None if isinstance(value, str) else value


def _nearest(type_name: str, name: str, refusal: str, prop: bool) -> str | None:
    """"did you mean Server?" for `c.Sever`, among the names the run's message lists
    that the run accepts, else among the names the type's value keeps in its tables
    (_known_names: httpRequest, httpResponse, Email, emailSMTPSession, Thread...); None
    when none is close."""
    from .suggest import closest
    listed = _LISTED.search(refusal)
    if listed is not None:
        words = re.findall(r"[A-Za-zÀ-ÿ]\w*", listed.group(1))
        names = [w for w in words if w not in ("and", "has", "wlinterp", "serves")
                 and _refusal(type_name, fold(w), prop) is None]
    else:
        names = [w for w in _known_names(type_name) if _refusal(type_name, w, prop) is None]
    best = closest(name, names)
    return f"did you mean {_cased(best, name)}?" if best else None


@lru_cache(maxsize=None)
def _known_names(type_name: str) -> tuple[str, ...]:
    """Names a library type's value may have: the string keys (and string values) of
    the tables its value, its class and its class's module keep (a `values` dict of
    folded names, an ALIASES or _NAMES table of the French and English ones), and its
    public attributes. Only candidates: each is asked of the run before it is offered."""
    import sys
    value = _fresh(type_name)
    if value is None:
        return ()
    found: set[str] = set()
    slots = {name: getattr(value, name, None) for k in type(value).__mro__
             for name in getattr(k, "__slots__", ())}
    places = [getattr(value, "__dict__", {}), slots, *(vars(k) for k in type(value).__mro__),
              vars(sys.modules.get(type(value).__module__, sys))]
    for place in places:
        for attr, item in list(place.items()):
            if attr.startswith("__"):
                continue
            if not attr.startswith("_") and not callable(item) and attr.isidentifier():
                found.add(attr)
            if isinstance(item, dict):
                found.update(k for k in item if isinstance(k, str) and k.isidentifier())
                found.update(v for v in item.values()
                             if isinstance(v, str) and v.isidentifier())
    return tuple(sorted(fold(n) for n in found if not n.startswith("_")))


def _cased(found: str, typed: str) -> str:
    """The name found (folded: `serveraddress`) in the case the program wrote the name
    it meant (`ServerAdress` -> `ServerAddress`, `URLL` -> `URL`): WLanguage ignores
    case, and the hint reads as the code does."""
    if found != fold(found):
        return found  # (a name the run's message listed: as it lists it)
    import difflib
    folded = fold(typed)
    out = list(found)
    matcher = difflib.SequenceMatcher(None, folded, found, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        for n in range(size):
            if a + n < len(typed) and typed[a + n].isupper():
                out[b + n] = out[b + n].upper()
    return "".join(out)
