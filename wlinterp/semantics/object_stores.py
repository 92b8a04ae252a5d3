"""Stores between objects and simple values, which the run refuses: a text, a number, a
boolean or a date given to a variable declared of a class or structure (`o is CA = 5`,
`o = n`: "A value of type integer cannot be stored in the class CA."), and an object or
structure given to a variable declared a number or a string (`n = o`: "A value of type
structure cannot be used as a number."). `wl check` says so first, WL110 at the
variable, deferred (the run stops where the line runs), as it does for a parameter
(WL116, param_types.py); `s = Null` into a structure too; an object stored into a member
declared a number or a string (`o.m_n = o2`) as into such a variable. Variants and
expressions are not judged.
"""
from __future__ import annotations

__all__ = ["STORE_KINDS", "simple_wanted", "composite_stored", "check_iterable",
           "check_member_store", "check_object_store", "check_other_class",
           "check_reference_to_other_class", "check_reference", "check_member_reference"]

from typing import TYPE_CHECKING, Any

from ..runtime.kinds import Kind
from ..runtime.types import TypeSpec, too_many_values
from ..syntax import nodes as N
from ..syntax.names import fold
from .array_stores import ARRAY_KINDS, builtin_simple_result, check_array_store
from .duration_stores import check_duration_into_boolean
from .resolved import Ref
from .several_values import check_several_stored
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .operands import composite_what
    from .param_types import article, simple_value
else:
    on_first_call(globals(), ".operands", "composite_what")
    on_first_call(globals(), ".param_types", "article", "simple_value")

if TYPE_CHECKING:
    from .checker import FunctionChecker
    from .scopes import Symbol
    from .program_symbols import StructInfo

_STRUCT = Kind.STRUCT
_NUMBER_OR_TEXT = {Kind.INT: "a number", Kind.REAL: "a number", Kind.CURRENCY: "a number",
                   Kind.NUMERIC: "a number", Kind.STRING: "a string"}
# the other simple types no structure or object can be stored in: the run refuses it
# ("cannot be used as a boolean", "cannot be converted to a string" for a Date...)
_OTHER_SIMPLE = {Kind.BOOLEAN: "a boolean", Kind.DATE: "a Date", Kind.TIME: "a Time",
                 Kind.DATETIME: "a DateTime", Kind.DURATION: "a Duration"}
STORE_KINDS = frozenset({_STRUCT, *_NUMBER_OR_TEXT, *_OTHER_SIMPLE, *ARRAY_KINDS})
_PROCEDURE_REFS = (Ref.PROC_REF, Ref.INTERNAL_REF)  # a procedure named without its arguments
"""The kinds of variable check_object_store may have something to say about."""


def simple_wanted(kind: Kind) -> str | None:
    """"a number", "a string", "a boolean", "a Date"...: what a variable (or an element)
    of the simple type `kind` wants, no structure nor object being one; None for others."""
    return _NUMBER_OR_TEXT.get(kind) or _OTHER_SIMPLE.get(kind)


def composite_stored(fc: "FunctionChecker", value: N.Expr, place: str, wanted: str,
                     line: int, col: int, length: int) -> None:
    """WL110 (deferred) when `value` is a variable holding a structure or an object of a
    class and `place` (`'x'`, `'t[...]'`) wants `wanted`: the run refuses it there."""
    if not isinstance(value, N.Name):
        return
    other = fc.scope.lookup(fold(value.name))
    if other is None or other.spec.kind is not _STRUCT \
            or (info := fc.sym.structs.get(other.spec.name or "")) is None:
        return
    kind = "an object" if info.is_class else "a structure"
    fc.rep.report("WL110", f"'{value.name}' is {article(info.name)}: {kind} cannot be "
                  f"stored in {place}, {wanted}", value, length, line=line, col=col,
                  deferred=True)


def _literal_too_long(fc: "FunctionChecker", info: "StructInfo", value: N.ArrayLit,
                      line: int, col: int) -> None:
    """WL110 (deferred) for `p is STP = ["a", 1, 2]` (or `p = [...]`) giving more values
    than the structure or class has members: the run stops there with these words, at
    the statement (runtime/assignment.py init_struct). A class that inherits is left to
    the run (its parents' members count too)."""
    if info.parents() or info.statics or len(value.items) <= len(info.members):
        return
    fc.rep.report("WL110", too_many_values(len(value.items), info.name, len(info.members),
                                           info.is_class), value, 1, line=line, col=col,
                  deferred=True)


def check_object_store(fc: "FunctionChecker", sym: "Symbol", value: N.Expr, line: int,
                       col: int) -> None:
    """WL110 (deferred) for a value of a simple type stored into an object or structure
    variable, or an object or structure variable stored into a number or text one (and
    the same between arrays and simple values: array_stores.py)."""
    check_array_store(fc, sym, value, line, col)
    if sym.spec.kind is Kind.BOOLEAN:  # `b = du`: "... duration cannot be used as a boolean"
        check_duration_into_boolean(fc, sym, value, line, col)
    if type(value) is N.Call:  # `x = Two()`, Two giving `RESULT (a, b)`
        check_several_stored(fc, sym, value, line, col)
    if sym.spec.kind is _STRUCT:
        info = fc.sym.structs.get(sym.spec.name or "")
        simple = simple_value(fc, value) or builtin_simple_result(fc, value) \
            if info is not None else None
        if info is not None and N.is_null(value) and not info.is_class:
            _null_stored(fc, sym, info.name, value, line, col)
        elif info is not None and simple is not None:
            have, written = simple
            kind = "class" if info.is_class else "structure"
            fc.rep.report("WL110", f"{written} is {article(have)}: a value of type {have} "
                          f"cannot be stored in '{sym.name}', {article(info.name)} "
                          f"({kind})", value, len(sym.name), line=line, col=col,
                          deferred=True)
        elif info is not None and type(value) is N.ArrayLit:
            _literal_too_long(fc, info, value, line, col)
        elif info is not None and info.is_class:
            check_other_class(fc, sym, value, line, col)
        return
    wanted = _NUMBER_OR_TEXT.get(sym.spec.kind)
    if wanted is not None and type(value) in (N.Member, N.ClassMember):
        _method_stored(fc, sym, value, wanted)  # `x is int = CInv.Scale`
    if wanted is not None and type(value) is N.New:
        _new_stored(fc, sym, value, wanted, line, col)  # `n is int = new CA`
    if type(value) is not N.Name:
        return
    if wanted is not None and fc.sym.refs.get(value) in _PROCEDURE_REFS:
        _procedure_stored(fc, sym, value, wanted, line, col)
        return
    wanted = wanted or _OTHER_SIMPLE.get(sym.spec.kind)  # (`b is boolean = p`)
    if wanted is not None:
        composite_stored(fc, value, f"'{sym.name}'", wanted, line, col, len(sym.name))


def check_member_store(fc: "FunctionChecker", target: N.Member, value: N.Expr) -> None:
    """`o.m_n = o2`, `:m_s = o2`: an object or structure stored into a member whose class
    the check knows, declared a number or a string: WL110 (deferred) at the member, as
    for such a variable (the run stops there: "A value of type structure cannot be used
    as a number."; it said nothing before the run)."""
    member = _member(fc, target, _NUMBER_OR_TEXT)
    if member is not None:
        check_object_store(fc, member, value, target.line, member.col)


def check_member_reference(fc: "FunctionChecker", target: N.Member, value: N.Expr) -> None:
    """`st.p <- c`, `:m_p <- c`: into a member declared of a class, as into such a
    variable (check_reference)."""
    member = _member(fc, target, (_STRUCT,))
    if member is not None:
        check_reference(fc, member, value, target.line, member.col)


def _member(fc: "FunctionChecker", target: N.Member, kinds: Any) -> "Symbol | None":
    """The member `target` as a variable the checks of a store take (named as written,
    `o.m_n` or `m_n`, at its object), when the check knows its class and it is declared
    of one of `kinds`."""
    cls = fc.static_class(target.obj)
    spec = fc.member_spec(cls, fold(target.name)) if cls is not None else None
    if not isinstance(spec, TypeSpec) or spec.kind not in kinds:
        return None
    from .scopes import Symbol
    obj: Any = target.obj
    named = type(obj) is N.Name and obj.col != target.col  # (`:m_s`: the parser's
    shown = f"{obj.name}.{target.name}" if named else target.name  # `objet`, at `:`)
    return Symbol(shown, target.line, obj.col if named else target.col, "var", spec)


def check_reference(fc: "FunctionChecker", sym: "Symbol", value: N.Expr, line: int,
                    col: int) -> None:
    """`d <- c` into a variable (or member) of a class, c of a class that is not d's nor
    derived from it: Null for a dynamic d (WL220), the run stops for another (WL110)."""
    info = fc.sym.structs.get(sym.spec.name or "")
    if info is None or not info.is_class:
        return
    if sym.spec.dynamic:
        check_reference_to_other_class(fc, sym, value, line, col)
    else:
        check_other_class(fc, sym, value, line, col)


def _method_stored(fc: "FunctionChecker", sym: "Symbol", value: N.Expr, wanted: str) -> None:
    """WL110 (deferred) for `x is int = CInv.Scale` / `CInv::Scale`, Scale a method that
    needs arguments: a reference to it (class_member_names.method_reference), which the
    run cannot store in a number or a string, as `_procedure_stored` says for a
    procedure."""
    named = fc.sym.refs.stands_for.get(id(value)) if type(value) is N.Member else None
    place = named[1] if named is not None else value
    if type(place) is not N.ClassMember or place.cls is None \
            or fc.sym.refs.get(place) not in (Ref.PROC_REF, Ref.OWN_METHOD_REF):
        return
    method = fc.sym.find_method(fold(place.cls), fold(place.name))
    needed = sum(1 for p in method.params if p.default is None and not p.star) \
        if method is not None else 0
    col = fc.rep.find(place.line, place.col, place.name)
    fc.rep.report("WL110", f"'{place.name}' needs {needed} argument(s): named without "
                  f"them it is the method itself, which cannot be stored in "
                  f"'{sym.name}', {wanted}", place, len(place.name), col=col,
                  deferred=True, hint=f"call it with its arguments: {place.name}(...)")


def _new_stored(fc: "FunctionChecker", sym: "Symbol", value: N.New, wanted: str,
                line: int, col: int) -> None:
    """WL110 (deferred) for `n is int = new CA`: a new object of a class or structure
    stored into a number or text variable, as for a variable holding one (the run stops
    there: "A value of type structure cannot be used as a number.")."""
    info = fc.sym.structs.get(fold(value.type_name))
    if info is None:
        return
    kind = "an object of the class" if info.is_class else "a structure"
    fc.rep.report("WL110", f"{kind} {info.name} cannot be stored in '{sym.name}', "
                  f"{wanted}", value, len(sym.name), line=line, col=col, deferred=True)


def _null_stored(fc: "FunctionChecker", sym: "Symbol", shown: str, value: N.Expr,
                 line: int, col: int) -> None:
    """WL110 (deferred) for `s = Null` into a variable declared of a structure: the run
    refuses it ("A value of type Null cannot be stored in the structure ST."); an object
    of a class may be Null (docs/semantics.md "Null and objects of a class")."""
    fc.rep.report("WL110", f"a value of type Null cannot be stored in '{sym.name}', "
                  f"{article(shown)} (structure): a structure is never Null", value,
                  len(sym.name), line=line, col=col, deferred=True)


def _procedure_stored(fc: "FunctionChecker", sym: "Symbol", value: N.Name, wanted: str,
                      line: int, col: int) -> None:
    """WL110 (deferred) for a procedure that needs arguments, named without them, stored
    into a number or text variable (`x is int = Twice`): so named it is a reference to
    the procedure, not a call (docs/semantics.md "Procedures as values"), and the run
    stops there ("A value of type procedure cannot be used as a number.")."""
    proc = fc.scope.lookup_proc(fold(value.name)) or fc.sym.procs.get(fold(value.name))
    needed = sum(1 for p in proc.params if p.default is None and not p.star) if proc else 0
    fc.rep.report("WL110", f"'{value.name}' needs {needed} argument(s): named without "
                  f"them it is the procedure itself, which cannot be stored in "
                  f"'{sym.name}', {wanted}", value, len(value.name), deferred=True,
                  hint=f"call it with its arguments: {value.name}(...)")


_NOT_ITERABLE = frozenset({Kind.INT, Kind.REAL, Kind.CURRENCY, Kind.NUMERIC, Kind.BOOLEAN,
                           Kind.DATE, Kind.TIME, Kind.DATETIME, Kind.DURATION})


def check_iterable(fc: "FunctionChecker", e: N.Name) -> None:
    """WL110 (deferred) for `FOR EACH x OF v` where v is a variable declared of a class
    or structure, or of a number, boolean or date type: it has no elements, and the run
    stops there ("FOR EACH cannot go through a value of type structure."). An array, an
    associative array, a list, a queue, a stack, a string, a variant, a built-in object
    and an enumeration are left to the run."""
    sym = fc.scope.lookup(fold(e.name))
    if sym is None or sym.spec.name and sym.spec.kind is not _STRUCT:
        return  # (an enumeration or a combination: a named integer)
    if sym.spec.kind is _STRUCT:
        info = fc.sym.structs.get(sym.spec.name or "")
        if info is None:
            return
        what = f"{article(info.name)} ({'class' if info.is_class else 'structure'})"
    elif sym.spec.kind in _NOT_ITERABLE:
        what = article(sym.spec.describe())
    else:
        return
    fc.rep.report("WL110", f"FOR EACH cannot go through '{sym.name}', {what}: it has no "
                  f"elements (an array, an associative array, a list, a queue or a stack "
                  f"has)", e, len(e.name), deferred=True)


def check_text_walked(fc: "FunctionChecker", e: N.Expr) -> None:
    """WL110 (deferred) for `FOR EACH STRING s OF t [SEPARATED BY sep]` where t is a
    variable declared an array, an associative array, a structure or a class (not
    dynamic), or an array literal: the loop goes through the pieces of a text, and the
    run stops there ("A value of type array cannot be converted to a string."; a literal
    said "A value of type list..."). A number or a date is converted to its text."""
    if type(e) is N.ArrayLit:
        what = "an array literal"
    elif type(e) is N.Name and (found := composite_what(fc, e)) is not None:
        what = f"'{e.name}' is {found}"
    else:
        return
    hint = "FOR EACH x OF t goes through the elements" if "array" in what else None
    fc.rep.report("WL110", f"FOR EACH STRING goes through the pieces of a text: {what}, "
                  f"which is no text", e, len(e.name) if type(e) is N.Name else 1,
                  deferred=True, hint=hint)


def check_other_class(fc: "FunctionChecker", sym: "Symbol", value: N.Expr, line: int,
                      col: int) -> None:
    """WL110 (deferred) for an object of a class that is not the variable's class nor
    derived from it, stored into it (`q is dynamic CA = new CB`, `p = b` with b a CB, `p
    <- b` with p not dynamic): the run stops there ("An object of the class CB cannot be
    stored in the class CA: it is not CA nor derived from it."). A dynamic variable of
    an ancestor class may hold an object of the variable's class: only an unrelated
    class is reported then."""
    info = _other_class(fc, sym.spec.name or "", value)
    if info is None:
        return
    mine = fc.sym.structs[sym.spec.name or ""].name
    fc.rep.report("WL110", f"an object of the class {info.name} cannot be stored in "
                  f"'{sym.name}', {article(mine)}: {info.name} is not {mine} nor derived "
                  f"from it", value, len(sym.name), line=line, col=col, deferred=True)


def check_reference_to_other_class(fc: "FunctionChecker", sym: "Symbol", value: N.Expr,
                                   line: int, col: int) -> None:
    """WL220 for `d <- c` / `d is CB dynamic <- c`, d a dynamic object of a class and c
    an object of a class that is not d's nor derived from it: the run makes d Null
    (docs/semantics.md "`<-` into a dynamic object of another class"), so what follows
    reads a Null object. A dynamic c of an ancestor class of d's may hold a d's class
    object: not said then."""
    info = _other_class(fc, sym.spec.name or "", value)
    if info is None:
        return
    mine = fc.sym.structs[sym.spec.name or ""].name
    given = f"'{value.name}' is" if type(value) is N.Name else "'new' makes"
    fc.rep.report("WL220", f"{given} an object of the class {info.name}, "
                  f"which is not {mine} nor derived from it: '{sym.name}' is Null after "
                  f"this line", value, len(sym.name), line=line, col=col,
                  hint=f"test it (IF {sym.name} <> Null) or give an object of the class "
                       f"{mine}; `=` would stop the run instead")


def _other_class(fc: "FunctionChecker", want: str, value: N.Expr) -> Any:
    """The class (its StructInfo) of the object `value` (`new CB`, or a variable declared
    a class) when it can never be a `want` (the folded class name) nor derived from it;
    None when it may be, or when a class is not known. A dynamic variable or a parameter
    of an ancestor class of `want` may hold one (`PROCEDURE P(o is CAnimal)` called with
    a CDog: `d is CDog dynamic <- o` and `oDog = o` were reported, and run)."""
    if type(value) is N.New:
        have, certain = fold(value.type_name), True
    elif type(value) is N.Name and (other := fc.scope.lookup(fold(value.name))) is not None \
            and other.spec.kind is _STRUCT:
        have = other.spec.name or ""  # (a parameter designates its caller's object,
        certain = not other.spec.dynamic and other.role != "param"  # maybe a derived one)
    else:
        return None
    info = fc.sym.structs.get(have)
    if info is None or not info.is_class or want in fc.sym.lineage(have) \
            or fc.sym.unknown_ancestor(have) or fc.sym.unknown_ancestor(want) \
            or not certain and (have in fc.sym.lineage(want) or _derived_from_both(fc, have,
                                                                               want)):
        return None
    return info


def _derived_from_both(fc: "FunctionChecker", have: str, want: str) -> bool:
    """Does a class of the program derive from both `have` and `want` (several `inherits`
    lines)? Then a dynamic object of `have` may be a `want` too."""
    return any(have in line and want in line
               for line in map(fc.sym.lineage, fc.sym.structs))
