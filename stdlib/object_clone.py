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

from typing import Generator, Iterator

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
    return _clone_all(rt, source)


# An object to fill and its clone: _fill walks the members of the one into the other.
_Pending = tuple[WLStruct, WLStruct]


def _clone_all(rt: Runtime, source: WLStruct) -> WLStruct:
    """The clone of `source`, and of the objects its `<Copy=Clone>` members reach, each
    cloned once (`done`: objects pointing at each other through such members, a ring of
    nodes, a parent and its children, give clones pointing at each other). The members
    are filled depth first, as a recursive descent would, but with a stack of our own:
    a chain of 3,000 objects overflowed Python's stack ("the value is nested too
    deeply"); a chain of any length is cloned now (docs/builtins.md "Clone")."""
    done: dict[int, WLStruct] = {}
    root = _shell(rt, source, done)
    stack = [_fill(rt, source, root, done)]
    while stack:
        try:
            src, out = next(stack[-1])
        except StopIteration:
            stack.pop()
            continue
        stack.append(_fill(rt, src, out, done))  # filled before its holder goes on
    return root


def _shell(rt: Runtime, source: WLStruct, done: dict[int, WLStruct]) -> WLStruct:
    """A new object of the source's class, its constructor run without parameters, not
    yet filled; known to `done` from now on."""
    try:
        out = new_instance(TypeSpec(K_STRUCT, name=fold(source.sdef.name)), rt.typectx)
    except ConstructorArguments as err:
        raise WLRuntimeError(f"Clone runs the constructor of {source.sdef.name} without "
                             f"parameters, as a new object of the class is made before "
                             f"its members are copied: {err.message.rstrip('.')}; give "
                             f"the constructor's parameters default values.") from None
    assert isinstance(out, WLStruct)
    done[id(source)] = out
    return out


def _fill(rt: Runtime, source: WLStruct, out: WLStruct,
          done: dict[int, WLStruct]) -> Iterator[_Pending]:
    """Copies the members of `source` into its clone `out`, yielding each object a
    `<Copy=Clone>` member newly clones (its shell made) for the caller to fill first."""
    for key, value in source.values.items():
        mode = _copy_mode(source, key)
        if mode in _NOT_COPIED:
            continue
        out.values[key] = (yield from _deep(rt, value, done)) if mode in _CLONED \
            else member_copy(value, source.sdef.member_type(key))


def _copy_mode(obj: WLStruct, key: str) -> str:
    """The member's <Copy> / <Copie> attribute, folded ("" when it has none; a bare
    `<Copy>` means copied, as without it)."""
    attrs = obj.sdef.attributes.get(key, {})
    return fold(str(attrs.get("copy", attrs.get("copie", ""))).strip())


def _deep(rt: Runtime, value: object,
          done: dict[int, WLStruct]) -> Generator[_Pending, None, object]:
    """`<Copy=Clone>`: an object of a class cloned (once: `done`; its shell given back
    at once, filled by _clone_all), the objects of an array or an associative array
    cloned one by one; any other value copied as `=` copies it."""
    if isinstance(value, WLStruct) and value.sdef.is_class \
            and type(value.values) is not FreedValues:
        known = done.get(id(value))
        if known is not None:
            return known
        shell = _shell(rt, value, done)
        yield value, shell
        return shell
    if isinstance(value, WLArray):
        out = value.copy()
        items = []
        for item in value.items:
            items.append((yield from _deep(rt, item, done)))
        out.items = items
        return out
    if isinstance(value, WLAssoc):
        kept = value.copy()
        data = {}
        for key, item in value.data.items():
            data[key] = yield from _deep(rt, item, done)
        kept.data = data
        return kept
    return member_copy(value, None)
