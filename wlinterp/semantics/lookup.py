"""Names used as values, as the semantic pass resolves them in WLanguage's lookup order
(the function's own names first: variables, MyParameters, the current object's members;
then constants, procedures, built-in variables and types), the verdict recorded for code
generation (resolved.py). A procedure or method named alone is a call (calls.py).
"""
from __future__ import annotations

__all__ = ["own_name", "not_a_variable", "names_something", "resolve_read", "pending_read", "pending_indirect",
           "in_global_method",
           "member_in_global_method", "ancestor_private"]

from typing import TYPE_CHECKING, Any

from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.words import GLOBAL_WORDS
from .calls import check_call
from .class_names import class_name_value
from .resolved import Ref
from .type_named_files import note_type_read
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .properties import global_property
    from .sort_keys import element_member
    from .outer_pending import note_outer_pending
else:
    on_first_call(globals(), ".properties", "global_property")
    on_first_call(globals(), ".sort_keys", "element_member")
    on_first_call(globals(), ".outer_pending", "note_outer_pending")

if TYPE_CHECKING:
    from .checker import FunctionChecker

_MYPARAMS = ("myparameters", "mesparametres")
# Enum members the hot paths read, as module globals (calls.py says why).
_VAR, _METHOD, _CONSTANT = Ref.VAR, Ref.METHOD, Ref.CONSTANT


def own_name(fc: "FunctionChecker", key: str) -> Ref | None:
    """What a name means among the function's own names, in lookup order: a variable or
    parameter (enclosing functions' included), MyParameters, then, in a method, a member,
    a global member or a method of the current object."""
    if fc.scope.lookup(key) is not None:
        return _VAR
    return not_a_variable(fc, key)


def not_a_variable(fc: "FunctionChecker", key: str) -> Ref | None:
    """`own_name` for a name that is no variable visible here (the caller looked)."""
    if key in _MYPARAMS and (not fc.scope.is_main or any(s.star for s in fc.scope.chain())):
        for sym in fc.scope.vars.values():  # read through MyParameters[N]: no WL202
            if sym.role == "param":
                sym.read = True
        return Ref.MYPARAMS  # in any procedure (?1511018), not only PROCEDURE P(*)
    owner = fc.scope.method  # (method_owner(), without the call)
    if owner is None:
        return None
    lineage = fc.sym.lineage(owner)
    if any(key in fc.sym.structs[c].statics for c in lineage):
        return Ref.STATIC
    if fc.sym.find_method(owner, key) is not None:
        return Ref.METHOD
    if fc.sym.has_member(owner, key):
        return Ref.MEMBER
    # a constant of its class (or of an ancestor), before the program's of that name
    return _CONSTANT if fc.sym.class_constant(owner, key) is not None else None


def names_something(fc: "FunctionChecker", key: str) -> bool:
    """Does `key` name anything the code can read here: a variable, parameter or global,
    a member, a constant (the program's, an enumeration's, a class's or a built-in one),
    a procedure, a built-in, a class? `FOR EACH File WHERE Price > MaxPrice` reads such a
    name as itself, only a name that is none of these as another item of the file
    (block_statements.py file_where)."""
    return fc.scope.lookup(key) is not None or not_a_variable(fc, key) is not None \
        or fc.global_kind(key) is not None or key in fc.sym.structs \
        or fc.scope.lookup_proc(key) is not None or _main_variable(fc, key) is not None


def resolve_read(fc: "FunctionChecker", e: N.Name | N.ClassMember) -> None:
    """A name used as a value; the verdict is recorded for code generation."""
    key = fold(e.name)
    sym = fc.scope.lookup(key)
    if sym is not None:  # the common case, decided as own_name would
        if sym.pending:
            pending_read(fc, e, sym)
            return
        sym.read = True
        fc.sym.refs.record(e, _VAR)
        return
    if fc.sym.refs.stands_for and type(e) is N.Name and element_member(fc, e):
        return  # FOR EACH x OF t SORTED BY nAge: x.nAge
    ref = not_a_variable(fc, key)
    if ref is not None and key in fc.sym.constants and _spelled_as_constant(fc, e.name, key):
        ref = None  # `Résilié` (a constant) in a method of a class with `Résilie()`
    if ref is Ref.MEMBER:
        if in_global_method(fc) and not global_property(fc, fc.scope.method, key):
            member_in_global_method(fc, e)
        if fc.sym.access:
            ancestor_private(fc, e)
    if ref is _METHOD:  # a method named alone: called
        _called_alone(fc, e)
        return
    if ref is _CONSTANT:  # MAXV in a method of CA: CA's constant (class_constant_key)
        fc.sym.refs.record_class_constant(
            e, fc.sym.class_constant(fc.scope.method or "", key) or key)
        return
    if ref is not None:
        fc.sym.refs.record(e, ref)
        return
    if key in fc.sym.structs and class_name_value(fc, e, key):
        return  # `IF o..Class = CSub`: the class's name (class_names.py)
    kind = fc.global_kind(key)
    if kind in ("function", "type") and key in fc.sym.registry.constants:
        kind = "constant"  # signalFermé beside SignalFerme(): written alone, the constant
    internal = fc.scope.lookup_proc(key)
    proc = internal or fc.sym.procs.get(key) or fc.sym.session_procs.get(key)
    if kind == "constant" or kind == "variable":
        fc.sym.refs.record(e, _CONSTANT if kind == "constant" else Ref.BUILTIN_VAR)
        return
    if proc is not None and any(p.default is None and not p.star for p in proc.params):
        # a procedure named without its arguments: a reference to it, not a call
        fc.sym.refs.record(e, Ref.INTERNAL_REF if internal is not None else Ref.PROC_REF)
        return
    if kind in ("procedure", "function") or internal is not None:
        _called_alone(fc, e)
        return
    if kind == "type" and key not in fc.data_files and key not in fc.sym.known \
            and not fc.lenient:  # (in a window or page function's arguments: an element,
        # `PageAddress(connection)` names a page; a data file of the analysis named File,
        # Queue's French name, is the file)
        fc.sym.refs.record(e, Ref.TYPE)
        d = fc.rep.report("WL110", f"'{e.name}' is a type, not a value", e, len(e.name))
        note_type_read(fc.sym, key, d, e)  # `HReadFirst(Image)`: a data file's name
        return
    fc.sym.refs.record(e, Ref.UNDECLARED)
    if key in fc.data_files or key in fc.sym.known \
            or (fc.said_keys is not None and id(e) in fc.said_keys):  # WL109 said it
        return
    fc.undeclared(e)


def pending_read(fc: "FunctionChecker", e: N.Name | N.ClassMember, sym: Any) -> None:
    """A name read above the declaration of this function's variable of that name: the
    variable is known from its declaration on, so in a method the object's member of that
    name, else the main code's variable of that name (in a procedure or a method), else a
    constant of that name (`TAB` before `tab is
    array of int`; a program's constant) is what the name means there (INFERRED,
    docs/semantics.md "A name read above its variable's declaration"); with none, WL101
    "used before its declaration", as the run stops there."""
    key = fold(e.name)
    own = fc.scope.vars.get(key) is sym
    if own and fc.scope.method is not None \
            and (member := not_a_variable(fc, key)) in (Ref.MEMBER, Ref.STATIC):
        fc.sym.refs.record(e, member)  # the object's member first, as without the local
        return
    main = _main_variable(fc, key) if own else None
    if main is not None:  # the main code's variable of that name, as without the local
        main.read = True  # (a constant's name too: the variable hides the constant)
        fc.sym.refs.record(e, Ref.MAIN_VAR)
        fc.sym.refs.main_reads.add(key)
        return
    if own and fc.global_kind(key) == "constant":
        fc.sym.refs.record(e, _CONSTANT)
        return
    sym.read = True
    fc.sym.refs.record(e, _VAR)
    if own:
        fc.before_declaration(e, sym)
    else:  # an enclosing function's: said where this internal procedure is called
        note_outer_pending(fc, e, sym)


def pending_indirect(fc: "FunctionChecker", e: N.Indirect) -> None:
    """`{"zz"}` read above the declaration of this function's variable zz: the run's
    indirection finds the function's own variable first, not yet declared, and stops
    there ("used before its declaration") unless the main code has a variable of that
    name (read instead, as for a plain name: pending_read). So WL101 at the brace, in
    the run's words; assigned so, WL101 as `zz = 5` above its declaration is. A computed
    name (`{sName}`) is the run's alone."""
    if type(e.name) is not N.Str:
        return
    text = e.name.value.strip()
    key = fold(text)
    sym = fc.scope.vars.get(key)
    if sym is None or not sym.pending or _main_variable(fc, key) is not None \
            or fc.scope.method is not None and not_a_variable(fc, key) is not None:
        return
    what = "assigned" if fc.assigning is e else "used"  # (`{"zz"} = 5`, as `zz = 5`)
    fc.rep.report("WL101", f"'{sym.name}' is {what} before its declaration", e, 1,
                  hint=f"declare '{sym.name}' above its first use")


def _main_variable(fc: "FunctionChecker", key: str) -> Any:
    """The main code's variable `key` when the function is a procedure or a method
    whose enclosing scope is the main code's, else None (an internal procedure's
    enclosing variables are not looked through: the name stays the constant there)."""
    parent = fc.scope.parent
    if parent is None or not parent.is_main:
        return None
    return parent.vars.get(key)


def _spelled_as_constant(fc: "FunctionChecker", written: str, key: str) -> bool:
    """Do a constant of the program (an enumeration's value) and a member or method of
    the current object fold to the same key, and is the name written as the constant is
    spelled (accents included, case aside) and not as the member or method is? The
    constant is meant then (INFERRED, docs/semantics.md "Names that fold alike"):
    `m_eState = Résilié` in the method `Résilie()` called the method itself."""
    text = written.lower()
    if fc.sym.constants[key].lower() != text or fc.scope.method is None:
        return False
    for cls in fc.sym.lineage(fc.scope.method):
        own = fc.sym.structs[cls].members.get(key)
        method = fc.sym.methods.get((cls, key))
        spelled = own or (method.name if method is not None else None)
        if spelled is not None:
            return spelled.lower() != text
    return False


def ancestor_private(fc: "FunctionChecker", e: N.Name | N.Member | N.ClassMember) -> None:
    """WL112 for a PRIVATE member of an ancestor named in a derived class's method (by
    its bare name, `:m_x` or `Object.m_x`): only the methods of its own class may use it,
    as from outside (docs/semantics.md)."""
    why = fc.sym.inaccessible(e.name, fc.scope.method, fc.scope.method)
    if why:
        col = e.col + (1 if isinstance(e, N.Member) else 2 if isinstance(e, N.ClassMember)
                       else 0)
        fc.rep.report("WL112", why, e, len(e.name), col=col)


def in_global_method(fc: "FunctionChecker") -> bool:
    """Is the function checked a GLOBAL method (`PROCEDURE GLOBAL C::M()`)?"""
    p = fc.proc
    return p is not None and p.owner is not None and bool(GLOBAL_WORDS & set(p.modifiers))


def member_in_global_method(fc: "FunctionChecker", e: N.Name | N.ClassMember | N.Member
                            ) -> None:
    """WL111 (deferred: the run stops where it reads it) for a member that is not GLOBAL
    named in a GLOBAL method (`m_n`, `:m_n`, `Object.m_n`): such a method runs on the
    class, without an object (docs/semantics.md "Real-code forms")."""
    cls = fc.sym.structs[fc.scope.method].name if fc.scope.method in fc.sym.structs else ""
    col = fc.rep.find(e.line, e.col, e.name) if type(e) is N.Member else None
    fc.rep.report("WL111", f"'{e.name}' is not a GLOBAL member of {cls}: a GLOBAL method "
                  f"runs without an object and reads only the class's GLOBAL members",
                  e, len(e.name), col=col, deferred=True)


def _called_alone(fc: "FunctionChecker", e: N.Name | N.ClassMember) -> None:
    """A procedure or method named alone, called: `P`, or `::P` outside a class (the
    program's P: INFERRED, the global scope). The `::P` node stands for a call of the
    name P, kept for the compiler (Resolutions.stands_for): checked as `::P` itself, the
    call went back to the name without end (a "nests too deeply" WL100)."""
    if type(e) is N.ClassMember:
        call = N.Call(e.line, e.col, N.Name(e.line, e.col, e.name), [])
        fc.sym.refs.stands_for[id(e)] = (e, call)
    else:
        call = N.Call(e.line, e.col, e, [])
    check_call(fc, call)
