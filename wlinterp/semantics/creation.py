"""Where an object of a class comes to be (`o is C`, `o is C(a)`, `new C(a)`, `allouer un
C`): what WINDEV's compiler checks there and the run would otherwise fail on. The class
must have objects (semantics/abstract.py) and its constructor must take the arguments
given (the most derived class's constructor receives them, as runtime/instances.py's
new_instance runs it). Both are deferred errors: `wl run` fails at the line when it runs,
with the same message (runtime/instances.py)."""
from __future__ import annotations

__all__ = ["check_creation", "check_member_creation", "constructor_of",
           "check_constructor_statement", "kept_for_its_life"]

from typing import TYPE_CHECKING, Any

from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.words import ACCESS_WORDS
from .abstract import refused_class
from .method_headers import DESTRUCTORS as _DESTRUCTORS
from .call_counts import arity
from .named_args import place_named
from .overloads import check_syntax_count, shown_method
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .checker import FunctionChecker
    from .param_types import typed_arguments
else:
    on_first_call(globals(), ".param_types", "typed_arguments")

_CONSTRUCTORS = ("constructor", "constructeur")
_STRUCT, _NAMED = Kind.STRUCT, N.NamedArg


def kept_for_its_life(fc: "FunctionChecker", cls: str, args: list[N.Expr] | None) -> bool:
    """Is an object of `cls` (folded) declared with `args` kept for what its creation and
    its end run, so that it is used without being named again: its constructor is given
    arguments, or its class (or an ancestor, or one in another file) has a destructor.
    The lock of real server code, `m is MutexHelper(:mutex)`, was WL201."""
    if args or fc.sym.unknown_ancestor(cls):
        return True
    return any((c, name) in fc.sym.methods for c in fc.sym.lineage(cls)
               for name in _DESTRUCTORS)


def constructor_of(fc: "FunctionChecker", cls: str) -> tuple[str, str, N.Procedure] | None:
    """The (class, folded name, constructor) that receives a new object's arguments: the
    nearest in the class's lineage, as when the object is created."""
    for c in fc.sym.lineage(cls):
        for name in _CONSTRUCTORS:
            p = fc.sym.methods.get((c, name))
            if p is not None:
                return c, name, p
    return None


def check_creation(fc: "FunctionChecker", cls: str, args: list[N.Expr] | None, node: Any,
                   line: int, col: int, length: int) -> None:
    """An object of the class `cls` (folded) is created here with `args` (None: none
    written): WL110 when the class is abstract, WL104 when its constructor does not take
    that many arguments."""
    why = refused_class(fc.sym, cls)
    if why is not None:
        fc.rep.report("WL110", why, node, length, line=line, col=col, deferred=True)
        return
    if cls not in fc.sym.structs or fc.sym.unknown_ancestor(cls):
        return  # a parent in another file may have the constructor
    n = len(args or [])
    found = constructor_of(fc, cls)
    if found is None:
        if n:
            fc.rep.report("WL104", f"the class {fc.sym.structs[cls].name} has no constructor "
                          f"to receive arguments", node, length, line=line, col=col)
        return
    owner, name, ctor = found  # shown as the run time shows it (runtime/instances.py)
    hidden = _hidden_constructor(fc, owner, ctor) if owner == cls else None
    if hidden is not None:  # (a derived class's object: its creation calls the ancestor's)
        fc.rep.report("WL112", hidden, node, length, line=line, col=col)
    group = fc.sym.overloads.get((owner, name)) if fc.sym.overloads else None
    if group is not None:  # several syntaxes: the values passed choose, when run
        check_syntax_count(fc, node, shown_method(fc.sym.structs[owner].name, ctor), group,
                           n, col, line)
        return
    shown = f"{fc.sym.structs[owner].name}::{name.capitalize()}"
    if args and _NAMED in map(type, args):  # `new C(sName : "Ann")`: to their places
        if not place_named(fc, args, node, shown, ctor.params, 0, col, line):
            return
        args = fc.sym.refs.args_of(node, args)  # (the tree's stay as written)
        n = len(args)
    arity(fc, node, shown, ctor.params, n, col, line)
    if args:  # `o is CB(t)`, `new CB(t)`: as a call's (the run stops at the argument)
        typed_arguments(fc, N.Call(line, col, N.Name(line, col, shown), list(args)), shown,
                        ctor.params, call=False)


def _hidden_constructor(fc: "FunctionChecker", owner: str, ctor: N.Procedure) -> str | None:
    """Why an object of `owner`'s lineage cannot be created here: its constructor is
    PRIVATE (only the class's own methods may call it) or PROTECTED (those of its derived
    classes too), ?6010001 "PRIVATE: The constructor is accessible in the class only";
    None when it can (public, or created inside the class)."""
    access = next((a for m in ctor.modifiers if (a := ACCESS_WORDS.get(m))), "public")
    here = fc.scope.method
    if access not in ("private", "protected") or here == owner \
            or access != "private" and here is not None and owner in fc.sym.lineage(here):
        return None
    shown = fc.sym.structs[owner].name
    who = "its own methods" if access == "private" else \
        "its methods and those of its derived classes"
    return (f"the constructor of {shown} is {'private' if access == 'private' else 'protected'}"
            f": only {who} can create an object of it")


def check_member_creation(fc: "FunctionChecker", s: N.StructDecl, d: N.Decl,
                          spec: Any) -> None:
    """A member line of a class whose type is a class: its object is built with each
    new object (`m_d is D`), or once on first use for a GLOBAL member, so the
    constructor must take what the line gives it. Non-GLOBAL members with arguments are
    checked where syntax/member_inits.py moved them (`m_d <- new D(...)`, at the
    member's line); a GLOBAL member's arguments must be constants (WL111)."""
    statics = s.statics
    if spec.kind is _STRUCT and not spec.dynamic:
        for name, line, col in d.names:
            if fold(name) in statics:
                check_creation(fc, spec.name, d.ctor_args, d, line, col, len(name))
            elif d.ctor_args is None and fold(name) not in s.ctor_built:
                # (else checked in the hidden method, or at `Constructor m_x(args)`)
                check_creation(fc, spec.name, None, d, line, col, len(name))
    if d.ctor_args and any(fold(n) in statics for n, _, _ in d.names):
        for e in fc.sym.refs.args_of(d, d.ctor_args):
            if not fc.member_init_ok(e):
                fc.rep.report("WL111", "a GLOBAL member's constructor arguments must be "
                              "constants (build it in the code)", e)


def check_constructor_statement(fc: "FunctionChecker", s: N.AncestorCall) -> None:
    """`Constructor m_x(args)` in a constructor of a class having the member m_x
    (?6010001): the member's object is built here, so its class's constructor must take
    these arguments (WL104, as at any creation). `Constructor CBase(args)` is the
    ancestor's call, checked when it runs (its named arguments put at their places)."""
    owner = fc.scope.method_owner()
    key = fold(s.cls)
    if s.args and _NAMED in map(type, s.args) and key in fc.sym.structs:
        _ancestor_named(fc, s, key)
    fc.exprs(fc.sym.refs.args_of(s, s.args))
    if owner is None:
        return
    info = fc.sym.structs.get(owner)
    if info is not None and key in info.members:
        cls = fc.member_class(owner, key)
        if cls is not None:
            check_creation(fc, cls, s.args, s, s.line, s.col, len(s.cls))
        else:
            fc.rep.report("WL111", not_object_member(s.cls), s, deferred=True)


def _ancestor_named(fc: "FunctionChecker", s: N.AncestorCall, cls: str) -> None:
    """`Constructor CBase(nY : 2, nX : 1)`: the named arguments of the ancestor's
    constructor call at their parameters' places (named_args.py), as at a creation."""
    found = constructor_of(fc, cls)
    if found is not None:
        owner, name, ctor = found
        shown = f"{fc.sym.structs[owner].name}::{name.capitalize()}"
        place_named(fc, s.args, s, shown, ctor.params, 0, s.col, s.line)


def not_object_member(name: str) -> str:
    """The one text for `Constructor m_n(...)` on a member that is no object of a class
    of the program (the semantic pass's WL111, and the run's error at that line)."""
    return (f"'Constructor {name}(...)' builds a member that is an object of a class: "
            f"{name} is not one")
