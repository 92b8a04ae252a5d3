"""Clone / Clone: a copy of a class instance that is a new object ("Clone (Function)"
?1000024843, VERIFIED on its stored English copy).

A dynamic object given another object designates it ("Copying and cloning" ?6010018:
"Dynamic object = Object: the destination dynamic object is a reference to the source
object"), so `CopyLight is dynamic TrafficLight = StopLight` changes StopLight through
CopyLight; `Clone(StopLight)` gives a second object that changes alone. As the page
describes it: a new instance of the source's class is allocated and its constructor runs
without parameters, then the members are copied one by one from the source, as `=`
copies them (a dynamic object member is the same object in the clone: runtime/containers
member_copy), taking each member's <Copy> attribute into account: `<Copy=False>` leaves
the member as the constructor made it, `<Copy=Clone>` clones the object it holds (the
objects of an array member too). *Decided* (the page's rest is not stored): `<Copie>`
/ `<Copie=Faux>` / `<Copie=Clone>` are the French spellings; a structure, Null or a
value that is no object is an error that names what was given.
"""
from __future__ import annotations

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.assoc_arrays import WLAssoc
from wlinterp.runtime.containers import WLArray, WLStruct, member_copy
from wlinterp.runtime.instances import ConstructorArguments, new_instance
from wlinterp.runtime.kinds import K_STRUCT
from wlinterp.runtime.object_lifetime import FreedValues
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.types import TypeSpec
from wlinterp.syntax.names import fold

family = Family("Objects (cloning)")

_NOT_COPIED = frozenset({"false", "faux", "0"})
_CLONED = frozenset({"clone"})


@family.function("Clone", "Clone")
def clone(rt: Runtime, source: object) -> object:
    """A new object of the source's class, its constructor run without parameters, its
    members copied from the source's (see the module)."""
    if source is None:
        raise WLRuntimeError("Clone: the object is Null: there is no object to clone (a "
                             "dynamic object is Null until new or an assignment gives it "
                             "one).")
    if not isinstance(source, WLStruct) or not source.sdef.is_class:
        what = "a structure" if isinstance(source, WLStruct) else \
            f"a value of type {V.type_name(source)}"
        raise WLRuntimeError(f"Clone copies an object of a class, not {what}.")
    if type(source.values) is FreedValues:
        source.values.refuse()
    return _cloned(rt, source, {})


def _cloned(rt: Runtime, source: WLStruct, done: dict[int, WLStruct]) -> WLStruct:
    """The clone of the object `source` (its class checked by the caller). `done` maps
    the objects already cloned in this Clone call to their clones, so that objects
    pointing at each other through `<Copy=Clone>` members (a ring of nodes, a parent
    and its children) give clones pointing at each other, each object cloned once,
    instead of an endless descent (docs/builtins.md "Clone")."""
    try:
        out = new_instance(TypeSpec(K_STRUCT, name=fold(source.sdef.name)), rt.typectx)
    except ConstructorArguments as err:
        raise WLRuntimeError(f"Clone runs the constructor of {source.sdef.name} without "
                             f"parameters, as a new object of the class is made before "
                             f"its members are copied: {err.message.rstrip('.')}; give "
                             f"the constructor's parameters default values.") from None
    assert isinstance(out, WLStruct)
    done[id(source)] = out
    for key, value in source.values.items():
        mode = _copy_mode(source, key)
        if mode in _NOT_COPIED:
            continue
        out.values[key] = _deep(rt, value, done) if mode in _CLONED \
            else member_copy(value, source.sdef.member_type(key))
    return out


def _copy_mode(obj: WLStruct, key: str) -> str:
    """The member's <Copy> / <Copie> attribute, folded ("" when it has none; a bare
    `<Copy>` means copied, as without it)."""
    attrs = obj.sdef.attributes.get(key, {})
    return fold(str(attrs.get("copy", attrs.get("copie", ""))).strip())


def _deep(rt: Runtime, value: object, done: dict[int, WLStruct]) -> object:
    """`<Copy=Clone>`: an object of a class cloned (once: `done`), the objects of an
    array or an associative array cloned one by one; any other value copied as `=`
    copies it."""
    if isinstance(value, WLStruct) and value.sdef.is_class \
            and type(value.values) is not FreedValues:
        known = done.get(id(value))
        return known if known is not None else _cloned(rt, value, done)
    if isinstance(value, WLArray):
        out = value.copy()
        out.items = [_deep(rt, item, done) for item in value.items]
        return out
    if isinstance(value, WLAssoc):
        kept = value.copy()
        kept.data = {key: _deep(rt, item, done) for key, item in value.data.items()}
        return kept
    return member_copy(value, None)
