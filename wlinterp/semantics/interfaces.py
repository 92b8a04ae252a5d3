"""Classes that implement an interface (`implements IBasket` / `implémente IPanier`):
each prototype of the interface must be a method (a PROCEDURE line) taking the numbers
of arguments the prototype allows, or a property (a PROPERTY line), that the class has,
itself or through an ancestor (docs/semantics.md "Interfaces"). A missing one is WL110 at the `implements` line, naming the class, the
interface and the method; a deferred error, as for an abstract class's objects: the run
fails only where the missing method is called.
"""
from __future__ import annotations

__all__ = ["check_implements", "check_inherited_implements", "check_interface_value", "check_elements_added",
           "check_element_value", "interface_call", "interface_member"]

from typing import TYPE_CHECKING

from ..runtime.kinds import Kind
from ..runtime.type_phrases import UnknownType, parse_type
from ..runtime.types import TypeSpec, too_many_values
from ..syntax import nodes as N
from ..syntax.names import fold
from .abstract import refused_class
from .call_counts import arity_message, counts
from .implicit_interfaces import accepts, has_prototypes
from .object_stores import check_other_class, composite_stored, simple_wanted
from .scopes import Symbol
from .param_types import article, simple_value
from .place_types import place_type
from .suggest import closest

if TYPE_CHECKING:
    from .checker import FunctionChecker
    from .diagnostics import Diagnostic


def check_implements(fc: "FunctionChecker", s: N.StructDecl) -> None:
    """WL110 for each prototype of each interface `s` implements that `s` lacks; WL207
    for an interface the check does not see (not declared in the program or the
    project's files). A class deriving from a class the check does not see is not
    checked: the method may be there. An abstract class may leave members to the
    classes derived from it (check_inherited_implements checks those)."""
    key = fold(s.name)
    if key not in fc.sym.structs:
        return
    lineage = fc.sym.lineage(key)
    abstract = refused_class(fc.sym, key) is not None
    for shown, line, col in s.implements:
        interface = fc.sym.interfaces.get(fold(shown))
        col = fc.rep.find(line, col + 1, shown)  # (col: the `implements` word's)
        if interface is None:
            fc.rep.report("WL207", f"unknown interface '{shown}'; what {s.name} implements "
                          f"is not checked", s, len(shown), line=line, col=col)
            continue
        if fc.sym.unknown_ancestor(key):
            continue  # (a parent class the check does not see may have the methods)
        _check_members(fc, s, interface, lineage, (line, col, len(shown)), "",
                       missing=not abstract)


def check_inherited_implements(fc: "FunctionChecker", s: N.StructDecl) -> None:
    """WL110 for a class with objects (not abstract) derived from abstract classes that
    implement an interface, for each member of it that neither it nor an ancestor has:
    the abstract classes left it to their derived classes, so this one must have it. A
    concrete ancestor in between was checked itself; the walk stops there."""
    key = fold(s.name)
    if key not in fc.sym.structs or fc.sym.unknown_ancestor(key) \
            or refused_class(fc.sym, key) is not None:
        return
    lineage = fc.sym.lineage(key)
    own = {fold(shown) for shown, _, _ in s.implements}
    for ancestor in lineage[1:]:
        if refused_class(fc.sym, ancestor) is None:
            break  # (a class with objects: its own check covered what it implements)
        info = fc.sym.structs[ancestor]
        for name in sorted(info.implements - own):
            interface = fc.sym.interfaces.get(name)
            if interface is not None:
                own.add(name)
                _check_members(fc, s, interface, lineage, (s.line, s.col, len(s.name)),
                               f" (through the abstract class {info.name})", missing=True)


def _check_members(fc: "FunctionChecker", s: N.StructDecl, interface: N.InterfaceDecl,
                   lineage: list[str], place: tuple[int, int, int], through: str,
                   missing: bool) -> None:
    """WL110 (deferred) at `place` (line, column, length) for each prototype of
    `interface` that the classes of `lineage` lack (only when `missing`), or whose method
    takes other counts or types of arguments."""
    line, col, length = place
    methods, structs = fc.sym.methods, fc.sym.structs
    head = f"the class {s.name} implements {interface.name}{through} but"
    for name in interface.methods:
        owner = next((c for c in lineage if (c, fold(name)) in methods), None)
        if owner is None:
            if missing:
                fc.rep.report("WL110", f"{head} has no method {name}", s, length,
                              line=line, col=col, deferred=True)
            continue
        wanted = interface.arities.get(fold(name))
        syntaxes = fc.sym.overloads.get((owner, fold(name))) or [methods[(owner, fold(name))]]
        if wanted is not None and not any(accepts(counts(m.params), wanted)
                                          for m in syntaxes):
            got = syntaxes[0]
            fc.rep.report("WL110", f"{head} its method {got.name} takes "
                          f"{_shown(counts(got.params))} parameter(s) where the interface's "
                          f"takes {_shown(wanted)}", s, length, line=line, col=col,
                          deferred=True)
            continue
        typed = interface.types.get(fold(name))
        differs = _type_difference(fc, typed, syntaxes[0]) \
            if typed is not None and len(syntaxes) == 1 else None
        if differs:
            fc.rep.report("WL110", f"{head} its method {syntaxes[0].name} {differs}", s,
                          length, line=line, col=col, deferred=True)
    for name in interface.properties if missing else ():
        m = fold(name)
        if not any((c, m + "#get") in methods or (c, m + "#set") in methods
                   or m in structs[c].members for c in lineage):
            fc.rep.report("WL110", f"{head} has no property {name}", s, length,
                          line=line, col=col, deferred=True)


def _type_difference(fc: "FunctionChecker", typed: tuple[list[str], str],
                     method: N.Procedure) -> str:
    """How a method's declared types differ from its prototype's, where both sides
    declare one: "takes x as string where the interface's takes int", "returns int where
    the interface's returns string"; "" when they agree or one side says nothing."""
    params, ret = typed
    for want, param in zip(params, method.params):
        if want and param.type_text and not _same_type(fc, want, param.type_text):
            return f"takes {param.name} as {param.type_text} where the interface's takes " \
                f"{want}"
    if ret and method.ret_type and not _same_type(fc, ret, method.ret_type):
        return f"returns {method.ret_type} where the interface's returns {ret}"
    return ""


def _same_type(fc: "FunctionChecker", a: str, b: str) -> bool:
    """Do two type phrases declare the same kind of value (an integer of any size, a
    string, a class...)? A phrase the check cannot read is taken to agree."""
    try:
        first, second = (parse_type(t, fc.sym.structs, fc.sym.registry.types, _unknown,
                                    fc.sym.named_types, fc.sym.int_constants())
                         for t in (a, b))
    except (UnknownType, ValueError):
        return True
    return first.kind == second.kind and first.name == second.name


def _unknown(name: str) -> None:
    raise UnknownType(name)


def _shown(count: tuple[int, int | None]) -> str:
    """`2`, `1 to 3`, `at least 1` for a (required, at most) pair."""
    required, most = count
    return f"at least {required}" if most is None else \
        str(required) if most == required else f"{required} to {most}"


def check_interface_value(fc: "FunctionChecker", spec: object, value: N.Expr, what: str,
                          line: int, col: int, length: int) -> None:
    """WL110 (deferred: the run stops at that store) for an object given to a variable
    of an interface (`x is IShape = dog`, `x <- new CDog`) whose class the check knows and
    that does not implement the interface, itself or through an ancestor; for a dynamic
    object of a class, nor any class derived from it (docs/semantics.md "Interfaces");
    and for a number or a text written there (`s = 5`), which is no object."""
    name = getattr(spec, "name", "")
    if type(value) in _LITERALS:
        shown = _LITERALS[type(value)] if type(value) is N.Str \
            else "integer" if isinstance(value.value, int) else "real"  # type: ignore[attr-defined]
        fc.rep.report("WL110", f"a value of type {shown} is not an object: it cannot be "
                      f"stored in {what} (of the interface {name})", value, length,
                      line=line, col=col, deferred=True)
        return
    cls, dynamic = _value_class(fc, value)
    if cls is None or fc.sym.unknown_ancestor(cls):
        return
    key = fold(name)
    candidates = [c for c in fc.sym.structs if cls in fc.sym.lineage(c)] if dynamic else [cls]
    if any(_implements(fc, c, key) for c in candidates):
        return
    shown = fc.sym.structs[cls].name
    fc.rep.report("WL110", f"the class {shown} does not implement the interface {name}: "
                  f"its object cannot be stored in {what}", value, length, line=line,
                  col=col, deferred=True)


# the literals that are no object, and the type the run names for a text
_LITERALS: dict[type, str] = {N.Num: "", N.Str: "string"}


def _value_class(fc: "FunctionChecker", e: N.Expr) -> tuple[str | None, bool]:
    """The class (folded) of the object `e` certainly is, and whether it may be of a
    derived class (a dynamic object variable, an element, a FOR EACH variable walking an
    array of them); (None, False) when unknown."""
    if isinstance(e, N.New):
        key = fold(e.type_name.split()[-1]) if e.type_name.split() else ""
        return (key, False) if key in fc.sym.structs else (None, False)
    cls = fc.static_class(e)
    if cls is None:
        return None, False
    sym = fc.scope.lookup(fold(e.name)) if isinstance(e, N.Name) else None
    return cls, sym is None or sym.element_of is not None \
        or getattr(sym.spec, "dynamic", False)


def _implements(fc: "FunctionChecker", cls: str, key: str) -> bool:
    """Does the class `cls` (folded), or an ancestor, declare `implements` key, or have
    each of its prototypes (implicit_interfaces.py: what the run takes too)?"""
    lineage = fc.sym.lineage(cls)
    if any(key in fc.sym.structs[c].implements for c in lineage):
        return True
    decl = fc.sym.interfaces.get(key)
    methods, structs = fc.sym.methods, fc.sym.structs
    overloads = fc.sym.overloads

    def syntaxes(c: str, m: str) -> list[N.Procedure]:
        return overloads.get((c, m)) or ([methods[(c, m)]] if (c, m) in methods else [])
    return decl is not None and bool(decl.methods or decl.properties) and has_prototypes(
        decl, lineage, syntaxes,
        lambda m: any(m in structs[c].members for c in lineage),
        lambda a, b: _same_type(fc, a, b))


# the built-ins that put a value into an array (folded, English and French, and as a
# method of the array: `t.Add(o)`) -> the rank of the value among the arguments after
# the array
_ADDERS = {"arrayadd": 0, "tableauajoute": 0, "add": 0, "ajoute": 0, "arrayinsert": 1,
           "tableauinsere": 1, "insert": 1, "insere": 1}


def check_elements_added(fc: "FunctionChecker", e: N.Call) -> None:
    """WL110 (deferred) for an object put into an array of an interface (`ArrayAdd(t, o)`,
    `t.Add(o)`, `ArrayInsert(t, 1, o)`) whose class the check knows and does not implement
    it: the run stops at that call, as for a variable of the interface (it was found only
    when the program ran)."""
    func = e.func
    if type(func) is N.Name:
        key, args = fold(func.name), e.args
        if key in fc.sym.procs or len(args) < 2:
            return
        holder, rest = args[0], args[1:]
    elif type(func) is N.Member:
        key, holder, rest = fold(func.name), func.obj, e.args
    else:
        return
    rank = _ADDERS.get(key)
    if rank is not None and len(rest) > rank:
        d = check_element_value(fc, holder, rest[rank])
        if d is not None:  # the run stops at the call, where the check points
            fc.rep.call_errors.setdefault((e.line, e.col), d)


def check_element_value(fc: "FunctionChecker", holder: N.Expr,
                        value: N.Expr) -> "Diagnostic | None":
    """WL110 (deferred) when `value`, an object of a class the check knows, goes into an
    element of `holder`, a variable declared an array of an interface the class does not
    implement (check_elements_added; `t[2] = o`). Returns the diagnostic of an array
    literal too long for the structure, whose caret the run's stop must share."""
    if type(holder) is not N.Name:
        return None
    sym = fc.scope.lookup(fold(holder.name))
    elem = getattr(getattr(sym, "spec", None), "elem", None)
    if elem is not None and elem.kind == Kind.STRUCT and elem.name in fc.sym.structs:
        return _simple_element(fc, holder, elem, value)
    wanted = simple_wanted(elem.kind) if elem is not None else None
    if wanted is not None and type(value) is N.Name:  # `t[1] = p`, `ArrayAdd(t, o)`
        composite_stored(fc, value, f"an element of '{holder.name}'", wanted, value.line,
                         value.col, len(value.name))
        return None
    if elem is None or not (elem.dynamic and elem.name and fold(elem.name) in fc.sym.interfaces):
        return None
    length = len(value.name) if isinstance(value, N.Name) else 1
    check_interface_value(fc, elem, value, f"an element of '{holder.name}'", value.line,
                          value.col, length)
    return None


def _simple_element(fc: "FunctionChecker", holder: N.Name, elem: TypeSpec,
                    value: N.Expr) -> "Diagnostic | None":
    """WL110 (deferred) for a literal or a simple-typed variable put into an array of a
    class or structure (`ArrayAdd(t, 5)`, `t[1] = "x"`): the run stops there, "A value
    of type integer cannot be stored in the class CA." (object_stores.py does variables);
    and for an array literal with more values than the structure has members."""
    info = fc.sym.structs[elem.name]
    if type(value) is N.ArrayLit and not info.is_class \
            and len(value.items) > len(info.members):  # `ArrayAdd(t, ["a", "b", 1, 2])`
        return fc.rep.report("WL110", too_many_values(len(value.items), info.name,
                                                      len(info.members)), value, 1,
                             deferred=True)
    simple = simple_value(fc, value)
    if simple is None:  # `ArrayAdd(t, new CB)`, t of CA: an object of another class
        check_other_class(fc, Symbol(f"{holder.name}[...]", value.line, value.col, "var",
                                     elem), value, value.line, value.col)
        return None
    have, written = simple
    fc.rep.report("WL110", f"{written} is {article(have)}: a value of type {have} cannot be "
                  f"stored in an element of '{holder.name}', an array of {info.name} "
                  f"({'class' if info.is_class else 'structure'})", value, len(written),
                  deferred=True)
    return None


def interface_call(fc: "FunctionChecker", e: N.Call, func: N.Member, n: int) -> bool:
    """`s.Area(2)`, s a variable, a member (`:m_shape.Area()`, `m_shape.Area()`) or an
    element (`t[1].Area()`) declared of an interface: the method must be one of the
    interface's prototypes (WL109) and take that many arguments (WL104), both deferred
    (the object's class decides when it runs). False when `s` is no such place."""
    interface = _interface_of(fc, func.obj)
    if interface is None:
        return False
    key = fold(func.name)
    if key not in interface.arities:
        if not any(fold(p) == key for p in interface.properties):
            d = fc.rep.report("WL109", f"'{func.name}' is not a method of the interface "
                              f"{interface.name}", e, len(func.name), col=func.col + 1)
            fc.rep.call_errors.setdefault((e.line, e.col), d)  # the run stops there
        return True
    required, most = interface.arities[key]
    message = arity_message(func.name, required, most, n)
    if message is not None:
        fc.rep.report("WL104", message, e, len(func.name), col=func.col + 1)
    return True


def _interface_of(fc: "FunctionChecker", place: N.Expr) -> N.InterfaceDecl | None:
    """The interface a variable, member or element is declared of (`s is IShape`,
    `:m_shape`, `t[1]` of an `array of IShape`), or None."""
    found = place_type(fc, place)
    spec = found[0] if found is not None else None
    return fc.sym.interfaces.get(fold(spec.name)) if spec is not None \
        and spec.dynamic and spec.name else None


def interface_member(fc: "FunctionChecker", e: N.Member) -> bool:
    """`s.m_side` read or assigned, s declared of an interface: an interface has no
    members (?6010017: prototypes only), so the name must be one of its properties (or a
    method named without parentheses, a call). WL109, deferred: the run stops there with
    the same words, as at a method the interface lacks (it read the object's member).
    False when `e.obj` is no such place."""
    interface = _interface_of(fc, e.obj)
    if interface is None:
        return False
    key = fold(e.name)
    if key in interface.arities or any(fold(p) == key for p in interface.properties):
        return True
    best = closest(e.name, [*interface.properties, *interface.methods])
    d = fc.rep.report("WL109", f"'{e.name}' is not a property of the interface "
                      f"{interface.name}", e, len(e.name), col=e.col + 1,
                      hint=f"did you mean {best}?" if best else
                      f"a variable of {interface.name} reaches only its methods and "
                      "properties; declare it of the class to reach its members")
    fc.rep.call_errors.setdefault((e.line, e.col), d)  # the run stops there
    return True

