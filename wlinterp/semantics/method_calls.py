"""Method calls, as the semantic pass checks them: `obj.M(args)` reaches a method of obj's
class (its count, its parameter types, who may call it), a class's GLOBAL method or an
ancestor's version (`CBase::M()`: class_method_calls.py), an extension procedure, an H* function in prefix
syntax, a String/Array method of the value, or a built-in taking obj first.
"""
from __future__ import annotations

__all__ = ["ANCESTOR_WORDS", "EXECUTE_ANCESTOR", "maybe_inherited", "method_call",
           "template_ancestor_text"]

from typing import TYPE_CHECKING

from ..runtime.kinds import Kind
from ..runtime.value_methods import candidates, variable_method
from ..syntax import nodes as N
from ..syntax.extension_procs import is_extension
from ..syntax.names import fold
from ..syntax.words import EXECUTE_ANCESTOR
from .builtin_calls import builtin
from .builtin_args import grown_by_method
from .data_items import seek_item
from .value_properties import declared_simple
from .call_counts import arity
from .interfaces import interface_call
from .overloads import method_arity
from .properties import accessors
from .resolved import Ref
from .value_method_calls import array_method_on_simple, not_bare, typed_method, \
    value_method_arity
from .zombie_calls import zombie_call
from .class_method_calls import ancestor_method, holds_procedure, method_types, static_call
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .checker import FunctionChecker
    from ..image_limits import image_refusal
else:
    on_first_call(globals(), "..image_limits", "image_refusal")  # (an Image's method only)

_OBJECT = Kind.OBJECT


def maybe_inherited(fc: "FunctionChecker", key: str, shown: str) -> bool:
    """May `M(...)` in a class deriving from a class this check does not see be one of
    that class's methods? Not when M is a WLanguage function, run or not by wlinterp."""
    from ..windev_catalog import unavailable
    return key not in fc.sym.registry.functions and key not in fc.sym.known \
        and unavailable(shown) is None


ANCESTOR_WORDS = ("ancestor", "ancetre")


def template_ancestor_text(shown: str) -> str:
    """The one text for `ExecuteAncestor()` outside a method of a class: there it runs a
    window or control template's code (`wl check`'s WL103, the run's stop)."""
    return (f"{shown} runs the code of a window or control template: a window function, "
            f"not available outside the IDE (in a class method it runs the ancestor's "
            f"version)")


def method_call(fc: "FunctionChecker", e: N.Call, func: N.Member, n: int) -> bool | None:
    """`obj.Method(args)`: a method of obj's class, else a built-in taking obj first."""
    if isinstance(func.obj, N.Name) and fold(func.obj.name) in ANCESTOR_WORDS \
            and fc.scope.lookup(fold(func.obj.name)) is None \
            and fc.scope.method_owner() is not None:
        fc.sym.refs.record(func, Ref.ANCESTOR_METHOD)
        ancestor_method(fc, e, func, n)  # Ancestor.Method(): the parent class's version
        return True
    if static_call(fc, e, func, n):
        return True
    fc.expr(func.obj)
    key = fold(func.name)
    grown_by_method(fc, func.obj, key, n)  # `v.Add(5)`: v, a Variant, holds an array
    ext = _extension(fc, func.obj, key)
    if ext is not None:  # s.MyProc(x): the extension procedure MyProc(s, x) (?1514086)
        fc.sym.refs.record(func, Ref.EXTENSION)
        arity(fc, e, func.name, ext.params, n + 1, func.col + 1)
        return True
    if _data_method(fc, func.obj, key):
        fc.sym.refs.record(func, Ref.DYNAMIC)  # HReadFirst(Customer, ...), at run time
        if fc.sym.data_items or fc.sym.unknown_items:  # `Customer.ReadFirst("Nme")`: its
            # key checked as HReadFirst's
            seek_item(fc, N.Call(e.line, e.col, func, [func.obj, *e.args]),
                      fold(fc.sym.registry.functions["h" + key].en))
        return True
    whole = variable_method(key, fc.sym.registry.functions)
    if whole is not None and not any(m == key for _, m in fc.sym.methods) \
            and fc.static_class(func.obj) is None and not _automation(fc, func.obj):
        fc.sym.refs.record(func, Ref.BUILTIN_METHOD)  # v.RAZ(): VariableRAZ(v)
        return builtin(fc, e, whole, n + 1, func.name, func.col + 1, first=func.obj)
    fc.sym.refs.record(func, _method_kind(fc, func.obj, key))
    if fc.sym.interfaces and interface_call(fc, e, func, n):
        fc.sym.refs.record(func, Ref.DYNAMIC)  # s.Area(2), s of IShape: on s's object
        return True
    if _unseen_object(fc, func.obj):  # `Logger.Log(...)`, Logger declared elsewhere: WL101
        fc.sym.refs.record(func, Ref.DYNAMIC)  # says so, once; a variant's method (it may
        return None  # hold an object) is chosen at run time, its count checked there
    cls = fc.static_class(func.obj)
    _check_access(fc, e, func, cls)
    if cls is not None:
        decided = _class_method(fc, e, func, n, key, cls)
        if decided is not None:
            return decided
    return _other_method(fc, e, func, n, key)


def _check_access(fc: "FunctionChecker", e: N.Call, func: N.Member, cls: str | None) -> None:
    """WL112 for a method the caller may not call: PRIVATE or PROTECTED, or reached
    through a private inheritance (`:Audit()`, an ancestor's PRIVATE method, too)."""
    own = isinstance(func.obj, N.Name) and fold(func.obj.name) in ("objet", "object")
    why = fc.sym.inaccessible(func.name, fc.scope.method, cls if own else None)
    if not why and cls is not None and not own:  # `o.Bump()`, from a private inheritance
        why = fc.sym.privately_inherited(cls, func.name, fc.scope.method)
    if why:
        fc.rep.report("WL112", why, e, len(func.name), col=func.col + 1)


def _class_method(fc: "FunctionChecker", e: N.Call, func: N.Member, n: int, key: str,
                  cls: str) -> bool | None:
    """`o.M(args)`, o of the class `cls`: its method (counts and types of the
    arguments), one of a parent the check does not see, a procedure a member holds, a
    property called; WL109 for a name that is none of them (the run stops there when no
    derived class has it). None when a built-in of that name may be meant (`p.Move()`
    on a structure: ArrayMove's short name)."""
    method = fc.sym.find_method(cls, key)
    if method is not None:
        if fc.sym.overloads:  # (most programs: no method with several syntaxes)
            method_arity(fc, e, func.name, method, n, func.col + 1)
        else:
            arity(fc, e, func.name, method.params, n, func.col + 1)
        method_types(fc, fc.sym.refs.placed_call(e), method)
        zombie_call(fc, func, method, func.col + 1)
        return True
    if fc.sym.unknown_ancestor(cls) and maybe_inherited(fc, key, func.name):
        fc.sym.refs.record(func, Ref.DYNAMIC)  # maybe a method of the unseen parent
        return True
    if holds_procedure(fc, cls, key):  # `st.pcRun()`: the procedure the member holds
        fc.sym.refs.record(func, Ref.DYNAMIC)  # (called at run time, its count there)
        return True
    if accessors(fc, cls, key) is not None:
        _property_called(fc, e, func, cls)
        return False
    en = fold(fc.sym.registry.functions[key].en) if key in fc.sym.registry.functions \
        else ""  # `p.Move()`: ArrayMove's short name, no method of p's structure
    if not en or en != key and en.startswith("array"):
        d = fc.rep.report("WL109", f"'{func.name}' is not a method of "
                          f"{fc.sym.structs[cls].name}", e, len(func.name),
                          col=func.col + 1, hint=fc.member_hint(cls, func.name))
        if not fc.derived_has(cls, key):  # (else the object's class decides)
            fc.rep.call_errors.setdefault((e.line, e.col), d)  # the run stops there
        return False
    return None


def _other_method(fc: "FunctionChecker", e: N.Call, func: N.Member, n: int,
                  key: str) -> bool | None:
    """`x.M(args)`, x's class not deciding: some class's method (dispatched at run time),
    an automation object's, a String/Array built-in, a control's, the built-in on x."""
    if any(m == key for _, m in fc.sym.methods) and not (
            type(func.obj) is N.Name and declared_simple(fc, func.obj) is not None):
        return True  # dispatched at run time on the object's class (`s.Format()`, s a
        # string, cannot hold an object: its method is the String function's)
    if _automation(fc, func.obj):
        return False  # a method of an automation object: the run-time OLE error
    if isinstance(func.obj, N.Name) and _image(fc, func.obj):  # MonImage.Luminosité(50)
        d = fc.rep.report("WL103", image_refusal(f"{func.obj.name}.{func.name}()"), e,
                          len(func.name), col=func.col + 1)
        fc.rep.call_errors.setdefault((e.line, e.col), d)  # the run stops there
        return False
    if type(func.obj) is N.Name and array_method_on_simple(fc, e, func, n):
        return False  # `n.Add(1)`: an Array function on a number
    if not_bare(fc, func.obj, key) and (candidates(key) or typed_method(fc, func.obj, key)):
        value_method_arity(fc, e, func, key, n)
        return False  # s.StartsWith(...), t.Sort(): a String/Array built-in, by value type
    if key not in fc.sym.registry.functions and _element_control(fc, func.obj):
        _control_method(fc, e, func)
        return None
    return builtin(fc, e, key, n + 1, func.name, func.col + 1, first=func.obj)


def _property_called(fc: "FunctionChecker", e: N.Call, func: N.Member, cls: str) -> None:
    """`c.Balance()` where Balance is a property of c's class (`<get>`/`<set>`), not a
    method: WL109 saying so, and the run stops there with the same words (it said
    that Balance was an unknown procedure, at the dot, the check "not a method")."""
    shown = fc.sym.structs[cls].name
    d = fc.rep.report("WL109", f"'{func.name}' is a property of {shown}, not a method: it is "
                      f"read or assigned without parentheses", e, len(func.name),
                      col=func.col + 1, hint=f"write {_written(func)} (no parentheses)")
    fc.rep.call_errors.setdefault((e.line, e.col), d)


def _written(func: N.Member) -> str:
    """`c.Balance` for the hint, the object as written when it is a name."""
    obj = func.obj.name if isinstance(func.obj, N.Name) else "..."
    return f"{obj}.{func.name}"


def _element_control(fc: "FunctionChecker", obj: N.Expr) -> bool:
    """Is `obj` of `obj.M(...)` a control of the element checked (a name its file
    declares, such as `Table1`, that the code does not declare)?"""
    return isinstance(obj, N.Name) and fc.sym.refs.get(obj) is Ref.UNDECLARED \
        and fold(obj.name) in fc.sym.known and fold(obj.name) not in fc.data_files


def _control_method(fc: "FunctionChecker", e: N.Call, func: N.Member) -> None:
    """`Table1.ModifieLigne(...)`: a control's function in prefix syntax (the control
    first: TableModifieLigne(Table1, ...)), which needs the window, as the function
    written out does: WL103, it compiles and stops if it runs. It was WL102, "unknown
    procedure", for every such method that no array function happens to share."""
    from ..windev_catalog_families import WINDOWS, CatalogEntry
    shown = f"{func.obj.name}.{func.name}"  # type: ignore[attr-defined]
    fc.rep.report("WL103", CatalogEntry(func.name, func.name, WINDOWS).message(shown), e,
                  len(func.name), col=func.col + 1,
                  hint="a control's function in prefix syntax; wlinterp cannot run this "
                       "call; --ignore WL103 to check the rest")


def _unseen_object(fc: "FunctionChecker", obj: N.Expr) -> bool:
    """Is `obj` of `obj.M(...)` a name nothing checked declares (a global of the project,
    an object of another file)? Its method is then unknown too, not a built-in taking obj
    first: `Logger.Log("a", x)` is no call of Log, 'Verbose' no unknown procedure."""
    if type(obj) is N.Member:  # `:m_dev:SetTexture(1)`, `o.m_dev.M()`: a variant member
        cls = fc.static_class(obj.obj)
        return cls is not None and fc.member_is_variant(cls, fold(obj.name))
    if not isinstance(obj, N.Name):
        return False
    key, ref = fold(obj.name), fc.sym.refs.get(obj)
    if ref is Ref.UNDECLARED:
        return key not in fc.data_files and key not in fc.sym.known
    if ref is Ref.VAR:  # `o est un OMEGAQueueObject` (a class not checked): a variant
        var = fc.scope.lookup(key)
        return var is not None and var.spec.kind == Kind.VARIANT
    owner = fc.scope.method_owner() if ref is Ref.MEMBER else None
    if owner is None:
        return False
    if fc.sym.unknown_ancestor(owner) \
            and not any(key in fc.sym.structs[c].members for c in fc.sym.lineage(owner)):
        return True
    return fc.member_is_variant(owner, key)  # `m_dev:SetRenderState(...)`, m_dev a variant


def _extension(fc: "FunctionChecker", obj: N.Expr, key: str) -> N.Procedure | None:
    """The extension procedure (`PROCEDURE P(s is string) <extension>`) that `obj.P(...)`
    calls, when obj is not an instance of a class of the program (a class's own methods
    and members win: only WLanguage types are extended)."""
    proc = fc.sym.procs.get(key)
    if proc is None:
        info = fc.sym.session_procs.get(key)  # (REPL: an earlier input's)
        proc = getattr(info, "node", None)
    if proc is None or not is_extension(proc) or fc.static_class(obj) is not None:
        return None
    return proc


def _data_method(fc: "FunctionChecker", obj: N.Expr, key: str) -> bool:
    """`Customer.ReadFirst(Name)`, `Client.LitPremier(Nom)`, `ds.ReadNext()`: WINDEV's
    prefix syntax of an H* function on a data file (a name the program does not declare)
    or a Data Source variable (wlinterp/hfsql/prefix.py)."""
    if not isinstance(obj, N.Name) or "h" + key not in fc.sym.registry.functions:
        return False
    name = fold(obj.name)
    var = fc.scope.lookup(name)
    if var is not None:
        return var.spec.kind == _OBJECT and var.spec.name in _DATA_SOURCES
    return name in fc.sym.known or name in fc.data_files \
        or key not in fc.sym.registry.functions


_DATA_SOURCES = ("datasource", "sourcededonnees", "sqlquery", "requetesql")


def _automation(fc: "FunctionChecker", obj: N.Expr) -> bool:
    """Is `obj` an `object Automation` or a Control variable (its methods fail when
    called)?"""
    var = fc.scope.lookup(fold(obj.name)) if isinstance(obj, N.Name) else None
    return var is not None and var.spec.kind == _OBJECT \
        and var.spec.name in ("objetautomation", "control", "champ")


def _image(fc: "FunctionChecker", obj: N.Expr) -> bool:
    """Is `obj` a variable declared Image (stdlib/image_type.py: its methods need the
    pixels, which wlinterp does not have)?"""
    var = fc.scope.lookup(fold(obj.name)) if isinstance(obj, N.Name) else None
    return var is not None and var.spec.kind == _OBJECT and fold(var.spec.name) == "image"


def _method_kind(fc: "FunctionChecker", obj: N.Expr, key: str) -> Ref:
    """How `obj.M(...)` runs: dispatched on the object (a method some class declares, an
    automation object's method, a String/Array method of the value), else the built-in
    M with obj as its first argument."""
    if any(m == key for _, m in fc.sym.methods) or _automation(fc, obj) or (
            not_bare(fc, obj, key) and (candidates(key) or typed_method(fc, obj, key))):
        return Ref.DYNAMIC
    return Ref.BUILTIN_METHOD
