"""The semantic pass over one function body (main code, a procedure, a method or an
internal procedure): names resolved in WLanguage's order, calls and their argument
counts, assignments, loops and returns. Diagnostics go to the Reporter.

Lookup order (decided here, in lookup.py and in calls.py, recorded for the compiler:
resolved.py): the function's variables and parameters, the enclosing ones (internal
procedures, then main code), MyParameters, the members of the current object,
constants, procedures, built-in functions, variables and types, internal procedures. `WL.Name(...)` always means the
built-in.
"""
from __future__ import annotations

__all__ = ["FunctionChecker"]

from typing import TYPE_CHECKING, Any, Callable

from ..runtime import types as T
from ..runtime.types import TypeSpec
from ..syntax import nodes as N
from ..runtime.kinds import Kind
from ..syntax.names import fold
from ..syntax.walk import blocks, sub_exprs
from .declaration_blocks import check_enum_decl, check_struct_decl
from .calls import check_call
from .class_names import class_as_default
from .lookup import pending_read
from .error_modes import handles_exceptions, mode_handles_somewhere
from .exception_flow import mode_call
from .internal_call_points import called_covered
from .resolved import Ref
from .scopes import Scope, Symbol
from .block_statements import BlockStatements
from .store_statements import LOSSY_KINDS, StoreStatements
from .expression_handlers import ExpressionHandlers
from .declarations import DeclarationChecks
from .member_checks import MemberChecks
from .undeclared_names import UndeclaredNames
from .node_dispatch import Handlers
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .creation import check_constructor_statement
    from .assignments import check_lossy
    from .missing_result import check_missing_result
    from .bare_result import check_bare_results
    from .jumps import check_jumps
    from .param_order import check_param_order
    from .procedure_attributes import unknown_attributes
    from .constant_order import body_constants, check_constant_block
    from .several_results import check_one_type_given_several, check_result_count, \
        check_result_types
    from .extern_names import declare_extern
    from .datetime_stores import check_datetime_returned
else:
    on_first_call(globals(), ".creation", "check_constructor_statement")
    on_first_call(globals(), ".assignments", "check_lossy")
    on_first_call(globals(), ".missing_result", "check_missing_result")
    on_first_call(globals(), ".bare_result", "check_bare_results")
    on_first_call(globals(), ".jumps", "check_jumps")
    on_first_call(globals(), ".param_order", "check_param_order")
    on_first_call(globals(), ".procedure_attributes", "unknown_attributes")
    on_first_call(globals(), ".constant_order", "body_constants", "check_constant_block")
    on_first_call(globals(), ".several_results", "check_result_count", "check_result_types",
                  "check_one_type_given_several")
    on_first_call(globals(), ".extern_names", "declare_extern")
    on_first_call(globals(), ".datetime_stores", "check_datetime_returned")

# Enum members and node classes the hot paths read, as module globals (calls.py says why).
_VAR = Ref.VAR
_NAME, _CALL, _LABEL, _RETURN, _EXPR_STMT = N.Name, N.Call, N.Label, N.Return, N.ExprStmt
_GOTO, _BREAK, _CONTINUE = N.Goto, N.Break, N.Continue
_NOT_RUN = (N.Label, N.Procedure, N.StructDecl, N.ConstDecl, N.EnumDecl)
# the methods WLanguage calls itself, which declare no result (?6010001)
_OWN_METHODS = frozenset({"constructor", "constructeur", "destructor", "destructeur"})


class FunctionChecker(DeclarationChecks, MemberChecks, UndeclaredNames, BlockStatements,
                      StoreStatements, ExpressionHandlers):
    """Checks one function body; nested internal procedures get their own checker."""

    # -- functions --------------------------------------------------------------
    def check_procedure(self, p: N.Procedure) -> None:
        if self.scope.owner is not None:
            this = Symbol("objet", p.line, p.col, "self", TypeSpec(Kind.STRUCT, name=self.scope.owner))
            self.scope.define("objet", this)
            self.scope.define("object", this)
        check_param_order(self, p.params)
        unknown_attributes(self, p)
        for prm in p.params:
            if prm.star:
                self.scope.star = True
                continue
            spec = self.spec(prm.type_text, prm) if prm.type_text else T.VARIANT
            self.declare(prm.name, prm.line, prm.col, "param", spec, prm)
        if p.ret_type:
            self.declared_result = self.spec(p.ret_type, p)
            if p.result_types:
                check_result_types(self, p)
        for prm in p.params:
            if prm.default is not None and not class_as_default(self, prm):
                self.expr(prm.default)
                sym = self.scope.vars.get(fold(prm.name))
                if prm.type_text and sym is not None and sym.spec.kind in LOSSY_KINDS:
                    check_lossy(self, sym, prm.default, prm.line, prm.col)  # `x is int = "a"`
        self.check_body(p.body)
        if p.ret_type:
            check_missing_result(self, p)
        if self.bare_results:
            check_bare_results(self, p, self.bare_results)

    def check_body(self, body: N.Body) -> None:
        self.declare_body(body)
        if self.builtin_calls:  # (a parameter's default value was checked before)
            self.builtin_calls.clear()
        if handles_exceptions(body):  # (the run goes on where a fatal error stops another)
            self.guarded += 1
            self.block(body.stmts)
            self.guarded -= 1
        else:  # (ExceptionChangeParameter: the lines after it: exception_flow.py)
            self.exception_modes = True  # (each call statement asked: exception_mode_step)
            mode_on, saved = self.mode_on, self.mode_saved
            self.mode_on, self.mode_saved = False, ()
            if self.scope.procs and mode_handles_somewhere(body):  # (rare)
                self.call_points, self.later_procs = {}, []
            self.block(body.stmts)
            self.guarded -= self.mode_on  # (a change never restored: the body's end)
            self.mode_on, self.mode_saved = mode_on, saved
        if body.on_error is not None or body.on_exception is not None \
                or body.on_end is not None:
            for section in (body.on_error, body.on_exception, body.on_end):
                if section is not None:
                    self.block(section)
        if self.later_procs:  # (their calls' places known now: internal_call_points.py)
            points, self.call_points = self.call_points or {}, None
            for proc in self.later_procs:
                self.check_internal(proc, self.outer_mode or called_covered(body, proc, points))
        if self.jumps:  # (s_Label, s_Goto)
            check_jumps(self.rep, body)

    # -- statements ----------------------------------------------------------------
    def block(self, stmts: list[N.Stmt]) -> None:
        after: str | None = None  # RETURN/RESULT or GOTO: what the next statements follow
        returned = False  # (the block's end is reached through no path: a RETURN/RESULT)
        stmts_table = _STMTS
        guarded = self.guarded  # (a general WHEN EXCEPTION guards the rest of this block)
        mode_on = self.mode_on  # (ExceptionChangeParameter: to the procedure's lines after)
        points = self.call_points  # (None but in a body whose internal procedures wait)
        for s in stmts:
            cls = type(s)
            if points is not None:  # (is a fatal error here handled: internal_call_points.py)
                points[id(s)] = self.guarded > 0 or self.probing > 0
            if after is not None and not isinstance(s, _NOT_RUN):
                self.rep.report("WL203", f"this code is never run: it follows a {after}", s)
                after = None  # once per block
            if cls is _EXPR_STMT:  # the commonest statement: a call (as s_ExprStmt checks it)
                e = s.expr  # type: ignore[attr-defined]
                if type(e) is _CALL:
                    check_call(self, e)
                    if self.exception_modes:
                        mode_call(self, e)  # (ExceptionChangeParameter: exception_flow.py)
                    continue
            elif cls is _LABEL:
                after, returned = None, False  # (a GOTO's label: reached by jumping)
            stmts_table[cls](self, s)
            if cls is _RETURN:
                after, returned = "RETURN/RESULT", True
            elif (cls is _BREAK or cls is _CONTINUE) and self.loop_exits:
                returned = True  # (its mode leaves the loop: exception_flow.loop_exit)
            elif cls is _GOTO:
                after = "GOTO"
        self.guarded = guarded + self.mode_on - mode_on  # (the mode outlives its block)
        self.block_returned = returned

    def s_generic(self, s: N.Stmt) -> None:
        self.exprs(sub_exprs(s))
        for inner in blocks(s):
            self.block(inner)

    def s_ExprStmt(self, s: N.ExprStmt) -> None:
        e = s.expr
        if isinstance(e, N.Name):
            e = N.Call(e.line, e.col, e, [])
        if not isinstance(e, N.Call):  # run, its value dropped (docs/semantics.md)
            self.expr(s.expr)
            if self.names_a_call(e):  # `inv.Clear`, `CClass::Reset`: a method, called
                return
            start: N.Expr = e
            while isinstance(getattr(start, "obj", None), N.Expr):  # `t[2]`: at `t`
                start = getattr(start, "obj")
            if not self.probing:
                self.rep.report("WL210", "the value of this expression is not used (the "
                                "line computes it and drops it)", start)
            return
        check_call(self, e)

    def s_Return(self, s: N.Return) -> None:
        if s.value is None:
            if s.result_word and self.proc is not None:  # (bare_result.py, at the end)
                self.bare_results += (s,)
        else:
            self.returned = s.value
            self.expr(s.value)
            if self.proc is not None and self.proc.result_types:
                check_result_count(self, s.value, self.proc)
            elif self.proc is not None and self.proc.ret_type:
                check_one_type_given_several(self, s, self.proc)  # `RESULT (1, 2)`: int
                if self.declared_result is not None:  # `RESULT dt` in `P() : int`
                    check_datetime_returned(self, s, self.declared_result)
            if self.proc is None and self.scope.is_main:
                self.rep.report("WL108", "RESULT with a value in the main code: there is "
                                "no caller to receive it", s.value, deferred=True)
            elif self.proc is not None and self.proc.owner \
                    and fold(self.proc.name) in _OWN_METHODS:
                self.rep.report("WL108", f"RESULT with a value in a {self.proc.name}: it "
                                "runs when the object is made or freed, and nothing receives "
                                "a value", s.value, deferred=True)

    def s_ConstDecl(self, s: N.ConstDecl) -> None:
        """A value may use the constants this code declares above it (constant_order.py)."""
        if self.own_consts is None:
            self.own_consts = body_constants(self.body, self.sym.file_starts) \
                if self.body is not None else {}
        check_constant_block(self, s, self.own_consts.get(id(s), []))

    s_EnumDecl = check_enum_decl  # (declaration_blocks.py)
    s_StructDecl = check_struct_decl

    def s_AncestorCall(self, s: N.AncestorCall) -> None:
        check_constructor_statement(self, s)

    def s_Procedure(self, s: N.Procedure) -> None:
        """An internal procedure (or a lambda's): checked now, or, in a body whose
        ExceptionChangeParameter handles, once the body's walk knows where it is called
        (check_body: covered where every call is)."""
        if self.later_procs is not None and self.call_points is not None:
            self.later_procs.append(s)
            return
        self.check_internal(s, self.outer_mode or self.exception_modes and self.body
                            is not None and mode_handles_somewhere(self.body))

    def check_internal(self, s: N.Procedure, covered: bool) -> None:
        """Check internal procedure `s`, its lines `covered` by the enclosing body's mode
        (its fatal errors go to that body) or not."""
        scope = Scope(s.name, self.scope)
        self.scopes.append(scope)
        inner = FunctionChecker(self.sym, self.rep, scope, s, self.scopes)
        inner.enclosing = self.body
        inner.outer_mode = covered
        inner.guarded += covered  # (its fatal errors: the enclosing body's mode)
        inner.check_procedure(s)

    def s_Label(self, s: N.Label) -> None:
        self.jumps = self.jumps or s.jump
        if not s.jump and " " in s.name:  # `EXTERN clPlanning`: the names it declares
            declare_extern(self, s)

    def s_Goto(self, s: N.Goto) -> None:
        self.jumps = True

    # -- expressions ---------------------------------------------------------------
    def expr(self, e: N.Expr) -> None:
        cls = type(e)
        if cls is _NAME:  # a variable read, most often: resolve_read's first case
            sym = self.scope.lookup(fold(e.name))  # type: ignore[attr-defined]
            if sym is not None:
                if sym.pending:  # (above its declaration: lookup.py)
                    pending_read(self, e, sym)  # type: ignore[arg-type]
                    return
                sym.read = True
                self.verdicts[id(e)] = (e, _VAR)
                return
        handler = _EXPRS[cls]
        if handler is not None:  # (None: a literal, nothing to check)
            handler(self, e)

    def exprs(self, es: list[N.Expr]) -> None:
        """`expr` on each (inlined: argument lists are the commonest)."""
        table = _EXPRS
        lookup = self.scope.lookup
        for e in es:
            cls = type(e)
            if cls is _NAME:
                sym = lookup(fold(e.name))  # type: ignore[attr-defined]
                if sym is not None:
                    if sym.pending:  # (above its declaration: lookup.py)
                        pending_read(self, e, sym)  # type: ignore[arg-type]
                        continue
                    sym.read = True
                    self.verdicts[id(e)] = (e, _VAR)
                    continue
            handler = table[cls]
            if handler is not None:
                handler(self, e)


# The method handling each node class, looked up once per class (statements, expressions);
# for an expression, None when there is nothing to check (x_literal).
_STMTS: dict[type, Callable[[FunctionChecker, Any], None]] = Handlers(
    FunctionChecker, "s_", "s_generic")
_EXPRS: dict[type, Callable[[FunctionChecker, Any], None] | None] = Handlers(
    FunctionChecker, "x_", "x_generic", FunctionChecker.x_literal)
