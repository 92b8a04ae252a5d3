"""Undeclared names as the semantic pass reports them (WL101, or WL212 for a window's
control or constant): the "did you mean" among the names in scope, a member `:m_x`
written outside a method, a class's name where a variable is wanted, and what a name is
among the program's and the built-ins' names (constant, procedure, function...).
"""
from __future__ import annotations

__all__ = ["TYPE_NOT_VARIABLE", "UndeclaredNames", "builtin_kind", "not_declared"]

from typing import TYPE_CHECKING, Any

from ..lazy_regex import lazy_compile
from ..registry import Registry
from ..syntax import nodes as N
from ..syntax.names import fold
from ..windev_controls import control_kind, element_style
from .checker_state import CheckerState
from .global_constructor import member_hint
from .resolved import class_constant_key
from .suggest import closest
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from ..windev_window_constants import window_constant
    from .other_names import instead
    from .text_named import named_by_text, named_hint
    from .target_hints import assigned_type
    from .hint_words import declaration_example
else:
    on_first_call(globals(), "..windev_window_constants", "window_constant")
    on_first_call(globals(), ".other_names", "instead")
    on_first_call(globals(), ".text_named", "named_by_text", "named_hint")
    on_first_call(globals(), ".target_hints", "assigned_type")
    on_first_call(globals(), ".hint_words", "declaration_example")

TYPE_NOT_VARIABLE = "is a class or structure, not a variable"  # WL101 on `x = CClass`
_UNKNOWN: Any = object()  # a name global_kind has not been asked about


def not_declared(name: str) -> str:
    """The one text of WL101 for a name no declaration gives (a variable, a class)."""
    return f"'{name}' is not declared"


class UndeclaredNames(CheckerState):
    """Names no declaration gives (mixed into FunctionChecker)."""

    def global_kind(self, key: str) -> str | None:
        """constant, procedure, function, variable or type: a name of the program or of
        the built-ins."""
        known: str | None = self.sym.global_kinds.get(key, _UNKNOWN)
        if known is not _UNKNOWN:
            return known
        if key in self.sym.constants:
            kind: str | None = "constant"
        elif key in self.sym.procs or key in self.sym.session_procs:
            kind = "procedure"
        else:
            kind = builtin_kind(self.sym.registry, key)
        self.sym.global_kinds[key] = kind
        return kind

    def undeclared(self, e: N.Name | N.ClassMember) -> None:
        if self.lenient or self.externs and fold(e.name) in self.externs:
            return  # (`EXTERN clPlanning` above it: extern_names.py)
        kind = control_kind(e.name)
        if kind is None:  # `= No`, `= Actif`, `_EVE.wParam`
            kind = window_constant(e.name)
        if kind is not None:  # EDT_Name, BTN_OK...: a control of a window (docs/check.md)
            hint: str | None = "wlinterp runs code without windows: running a line that " \
                "uses it stops with an error"
            if e is self.named_control:  # c is Control <- EDT_Name: runs (control_ref)
                hint = "wlinterp runs code without windows: this line runs (the Control " \
                    "variable designates it by its name); a line that uses it through " \
                    "that variable stops with an error"
            d = self.rep.report("WL212", f"{kind} {e.name}: not available outside a window",
                                e, len(e.name), hint=hint)
            if self.sym.infer_data:
                self.sym.undeclared.append((fold(e.name), d))
            return
        member = self._colon_member(e)
        if member is not None:  # `:m_x` outside a method: its object is undeclared
            d = self.rep.report("WL101", f"':{member}' is a member of the current object: "
                                "only known in a method of a class", e, len(member) + 1,
                                hint="write the procedure as a method of the class "
                                "(PROCEDURE CClass::Name) or in the class's file")
            self.rep.call_errors.setdefault((e.line, e.col), d)  # the run stops there
            if self.sym.infer_data:
                self.sym.undeclared.append((fold(e.name), d))
            return
        best = self._class_constant(e) or self._did_you_mean(e.name)
        message = not_declared(e.name) + (f"; did you mean {best}?" if best else "")
        hint = None if best else member_hint(self, e.name) or \
            f"declare it first, e.g. " \
            f"'{declaration_example(e.name, assigned_type(self, e), self.rep.source)}'"
        if best is None and (other := instead(e.name)) is not None:
            message, hint = f"{message}; {other}", None  # asIgnoreCase (other_names.py)
        if (maker := named_by_text(self.rep.source, self.sym.registry, e.name)) is not None:
            message, hint = not_declared(e.name), named_hint(maker, e.name)  # "Cust2"
        if fold(e.name) in self.sym.structs:  # `CInvoice.m_n`, `Trace(CInvoice)`
            message = f"'{e.name}' {TYPE_NOT_VARIABLE}"
            hint = f"declare a variable of it (o is {e.name}) and use that; " \
                f"{e.name}::NAME reads its constants and GLOBAL members"
        elif self._before_colons(e):
            hint = f"no class {e.name} is declared (a class of another file of the " \
                "project: check the project's folder)"  # `CMissing::Method()`
        set_call = self._set_call(e)
        if set_call is not None:  # (the run's error says it too: no hint there)
            message, hint = f"{message}: {set_call[0]}", set_call[1]
        d = self.rep.report("WL101", message, e, len(e.name), hint=hint)
        if message.endswith(TYPE_NOT_VARIABLE) or set_call is not None:  # `x = CClass`,
            self.rep.call_errors.setdefault((e.line, e.col), d)  # `PROC_Auth.F()`: the
            # run stops there (PROC_Auth, never assigned, an empty variant: no method)
        if self.sym.infer_data:
            self.sym.undeclared.append((fold(e.name), d))

    def _class_constant(self, e: N.Name | N.ClassMember) -> str | None:
        """`CTva::TAUX` for `TAUX` named outside the class CTva, whose constant it is
        (a class's constants are its own: program_decls `class_constants_of`)."""
        key = fold(e.name)
        if isinstance(e, N.ClassMember) or not self.sym.structs:
            return None
        owner = next((s.name for s in self.sym.structs.values() if key in s.consts), None)
        return None if owner is None else \
            f"{owner}::{self.sym.constants.get(class_constant_key(fold(owner), key), e.name)}"

    def _did_you_mean(self, name: str) -> str | None:
        """The variable or constant nearest to the undeclared `name` (suggest.py), kept
        while the scopes hold the same names (they only grow): a name used in 4,000
        places of a main code declaring 20,000 variables was compared with all of them
        each time: most of the 7.8 s `wl run` took at 20,000 lines (quadratic)."""
        chain = self.scope.chain()
        key = (fold(name), len(self.sym.constants), *((id(sc), len(sc.vars)) for sc in chain))
        kept = self.__dict__.setdefault("_nearest", {})
        if key not in kept:
            names = [s.name for sc in chain for s in sc.vars.values() if s.role != "self"]
            names += [shown for k, shown in self.sym.constants.items() if "::" not in k]
            kept[key] = closest(name, names)
        return kept[key]

    def _before_colons(self, e: N.Name | N.ClassMember) -> bool:
        """Is the name written before `::` (`CMissing::Method()`): a class's name?"""
        lines = self.rep.lines
        text = lines[e.line - 1] if 0 < e.line <= len(lines) else ""
        return _COLONS_AFTER.match(text, e.col - 1 + len(e.name)) is not None

    def _set_call(self, e: N.Name | N.ClassMember) -> tuple[str, str] | None:
        """(what the message adds, the hint) for `PROC_Auth.VerifierAcces(...)` where
        PROC_Auth, named as WINDEV's style names a set of procedures or a class
        (windev_controls.element_style), is declared nowhere and the method is no
        built-in (nor an H* function's prefix syntax, `Customer.ReadFirst()`, a data
        file's): a set the check and the run were not given; else None. The run stops at
        the name with WL101's words (it said "Unknown method 'VerifierAcces' for a value
        of type string" at the dot)."""
        if type(e) is not N.Name or not element_style(e.name):
            return None
        lines = self.rep.lines
        text = lines[e.line - 1] if 0 < e.line <= len(lines) else ""
        found = _METHOD_AFTER.match(text, e.col - 1 + len(e.name))
        if found is None or any(builtin_kind(self.sym.registry, key) == "function"
                                for key in (fold(found.group(1)), "h" + fold(found.group(1)))):
            return None
        return (f"{e.name}.{found.group(1)}() calls a set of procedures or an object of "
                f"that name, and none is loaded",
                f"give the set's file ({e.name}.wdg or {e.name}.wl) beside the script or "
                f"with it, or declare {e.name}")

    def _colon_member(self, e: N.Name | N.ClassMember) -> str | None:
        """The member `m_x` when `e` is the implicit object of `:m_x` as written (the
        parser names it `objet` at the colon), else None."""
        if type(e) is not N.Name or fold(e.name) != "objet":
            return None
        lines = self.rep.lines
        text = lines[e.line - 1] if 0 < e.line <= len(lines) else ""
        if text[e.col - 1:e.col] != ":":
            return None
        found = _MEMBER_AFTER.match(text, e.col)
        return found.group(0) if found else None



_MEMBER_AFTER = lazy_compile(r"[^\W\d]\w*")
# `::` after a name, matched where it stands (copying the rest of the line for each
# undeclared name of a line of 333,000 statements took hours: found by the hostile kinds)
_COLONS_AFTER = lazy_compile(r"\s*::")
_METHOD_AFTER = lazy_compile(r"\s*\.\s*([^\W\d]\w*)\s*\(")  # `.VerifierAcces(` after a name


# registry, its tables' sizes, folded name -> what the name is among the built-ins
_KINDS: list[Any] = [None, -1, {}]


def builtin_kind(registry: Registry, key: str) -> str | None:
    """function, constant, variable or type: what a name is among the built-ins
    (Registry.lookup), remembered across programs while the registry's tables stay as
    they are (a family imported on a look-up adds names: then asked again)."""
    size = sum(map(dict.__len__, registry.tables.values()))  # (without importing all)
    if _KINDS[0] is not registry or _KINDS[1] != size:
        _KINDS[:] = [registry, size, {}]
    known = _KINDS[2].get(key, _UNKNOWN)
    if known is not _UNKNOWN:
        return known
    found = registry.lookup(key)
    kind = found[0] if found else None
    size = sum(map(dict.__len__, registry.tables.values()))
    if _KINDS[1] != size:  # the look-up imported a family
        _KINDS[:] = [registry, size, {}]
    _KINDS[2][key] = kind
    return kind
