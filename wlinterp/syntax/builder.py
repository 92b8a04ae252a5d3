"""Parse tree -> AST (`wlinterp.syntax.nodes`), applied during the LALR parse (tree-less mode).

This is the only module that sees the grammar's rule callbacks (made by tables.py): the
program's structure, procedures, lambdas and simple statements here; expressions,
declarations and control flow in the mixins expr_builder.py, decl_builder.py and
flow_builder.py. Positions come from the tokens themselves (cheaper than Lark's
propagate_positions).
"""
from __future__ import annotations

__all__ = ["Builder"]

from copy import deepcopy
from typing import TYPE_CHECKING, Any

from ..errors import WLSyntaxError
from . import nodes as N
from .decl_builder import DeclBuilder, statements_of as _stmts
from .expr_builder import ExprBuilder
from .flow_builder import FlowBuilder
from .extension_procs import EXTENSION, bind_this
from .lambdas import LAMBDA_PREFIX
from .lexer_forms import RESULT_MARK
from .member_inits import hoist_member_inits
from .names import fold
from .result_types import declared_results
from .tokens import Token
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .pending_result import pending_result
else:
    on_first_call(globals(), ".pending_result", "pending_result")


_HANDLERS = {"error": "on_error", "exception": "on_exception", "end": "on_end"}
"""A process's sections (`CASE ERROR:`, `CASE EXCEPTION:`, `END:`) -> the Body's field."""


class Builder(ExprBuilder, DeclBuilder, FlowBuilder):
    """Rule callbacks; each returns an AST node (or a small tuple for helper rules). A rule
    without one makes the list of its children, which its parent's callback splices in
    (reductions.py)."""

    # -- program structure ------------------------------------------------
    def start(self, items: list[Any]) -> N.Program:
        return hoist_member_inits(N.Program(items[0], [p for p in items[1:]]))

    def body(self, items: list[Any]) -> N.Body:
        b = N.Body(_stmts(items))
        seen: dict[str, Token] = {}
        for h in items:
            if not (isinstance(h, tuple) and h[0] in _HANDLERS):
                continue
            if h[0] in seen:  # the first section's code was dropped without a word
                first, again = seen[h[0]], h[2]
                words = " ".join(again.value.replace(":", " ").split())
                raise WLSyntaxError(f"a second {words} section in one process (the first "
                                    f"is at line {first.line})", again.line, again.column)
            seen[h[0]] = h[2]
            setattr(b, _HANDLERS[h[0]], h[1])
        return b

    def error_handler(self, items: list[Any]) -> tuple[str, list[N.Stmt], Token]:
        return ("error", _stmts(items[1:]), items[0])

    def end_handler(self, items: list[Any]) -> tuple[str, list[N.Stmt], Token]:
        return ("end", _stmts(items[1:]), items[0])

    def exception_handler(self, items: list[Any]) -> tuple[str, list[N.Stmt], Token]:
        return ("exception", _stmts(items[1:]), items[0])

    def procedure(self, items: list[Any]) -> N.Procedure:
        kw = items[0]
        names = [x for x in items if isinstance(x, tuple)]
        params = next((x for x in items if isinstance(x, list)), [])
        ret = next((x for x in items if isinstance(x, str) and not isinstance(x, Token)), None)
        owner = names[0][0] if len(names) > 1 else None
        modifiers = [fold(w) for w in str(kw.value).split()[1:]]
        pending_result(items[-1])
        ret, several = declared_results(ret)
        proc = N.Procedure(kw.line, kw.column, names[-1][0], params, ret, items[-1],
                           owner=owner, modifiers=modifiers, result_types=several)
        if EXTENSION in modifiers or owner is not None:
            bind_this(proc)  # `This` / `Ceci`: an extension's parameter, a method's object
        return proc

    def internal_proc(self, items: list[Any]) -> N.Procedure:
        kw, name = items[0], items[1]
        params = next((x for x in items if isinstance(x, list)), [])
        ret = next((x for x in items if isinstance(x, str) and not isinstance(x, Token)), None)
        ret, several = declared_results(ret)
        return N.Procedure(kw.line, kw.column, name[0], params, ret,
                           N.Body(_stmts(items[2:])), internal=True, result_types=several)

    def use_block(self, items: list[Any]) -> N.Use:
        kw = items[0]
        return N.Use(kw.line, kw.column, items[1], _stmts(items[3:]))

    def lambda_expr(self, items: list[Any]) -> N.Lambda:
        head, value = items[0], items[1]
        return self._lambda(head, N.Body([N.Return(value.line, value.col, value)]))

    def lambda_block(self, items: list[Any]) -> N.Lambda:
        return self._lambda(items[0], N.Body(_stmts(items[2:])))

    def _lambda(self, head: Token, body: N.Body) -> N.Lambda:
        """The anonymous procedure of `(a, b) => ...`, named after its position; each
        parameter at its name (a value it refuses stops there, as a procedure's does)."""
        params = []
        result = None  # `(x is int) : int => ...`: its result type (lexer_lambdas.py)
        for line in filter(None, str(head.value).split("\n")):
            name, ttext, at_line, at_col = line.split("\t")  # (lexer_lambdas.lambda_head)
            if name == RESULT_MARK:
                result = ttext
                continue
            params.append(N.Param(int(at_line), int(at_col), name, False, ttext or None,
                                  None))
        name = f"{LAMBDA_PREFIX}{head.line}_{head.column}"
        ret, several = declared_results(result)  # (`: (int, string)`: lexer_forms.py)
        proc = N.Procedure(head.line, head.column, name, params, ret, body, internal=True,
                           result_types=several)
        return N.Lambda(head.line, head.column, name, proc)

    def label(self, items: list[Any]) -> N.Label:
        return N.Label(items[0].line, items[0].column, items[0].value)

    def goto_label(self, items: list[Any]) -> N.Label:
        return N.Label(items[0].line, items[0].column, items[0].value, True)

    def goto_stmt(self, items: list[Any]) -> N.Goto:
        return N.Goto(items[0].line, items[0].column, items[1].value)

    def compound(self, items: list[Any]) -> N.Stmt:
        return items[0]

    def name(self, items: list[Any]) -> tuple[str, int, int]:
        t = items[0]
        return (str(t), t.line, t.column)

    # -- simple statements ------------------------------------------------
    def assign(self, items: list[Any]) -> N.Assign:
        target, op, value = items
        return N.Assign(target.line, target.col, target, op.value, value)

    def coalesce_assign(self, items: list[Any]) -> N.Assign:
        """`x ??= y` is `x = x ?? y`, `x ??=* y` is `x = x ??* y` (?1511031): y is
        evaluated only where x is Null (or empty), and x keeps its value otherwise."""
        target, op, value = items
        both = N.BinOp(op.line, op.column, str(op.value)[:2] + str(op.value)[3:], target, value)
        return N.Assign(target.line, target.col, target, "=", both)

    def exchange(self, items: list[Any]) -> N.Assign:
        """`a <=> b` (the exchange operator) is `(a, b) = (b, a)`: both values are read
        before either place is written, each converted to the other place's type."""
        a, _, b = items
        pair = N.TupleLit(a.line, a.col, [a, b])
        return N.Assign(a.line, a.col, pair, "=", N.TupleLit(a.line, a.col,
                                                             [deepcopy(b), deepcopy(a)]))

    def call_stmt(self, items: list[Any]) -> N.Stmt:
        e = items[0]
        if isinstance(e, N.Step):  # `x++` as a statement
            return N.IncDec(e.line, e.col, e.target, e.delta)
        return N.ExprStmt(e.line, e.col, e)

    def pre_inc_stmt(self, items: list[Any]) -> N.IncDec:
        return N.IncDec(items[0].line, items[0].column, items[1], 1)

    def pre_dec_stmt(self, items: list[Any]) -> N.IncDec:
        return N.IncDec(items[0].line, items[0].column, items[1], -1)

    def post_inc(self, items: list[Any]) -> N.Step:
        return N.Step(items[0].line, items[0].col, items[0], 1, False)

    def post_dec(self, items: list[Any]) -> N.Step:
        return N.Step(items[0].line, items[0].col, items[0], -1, False)

    def pre_inc(self, items: list[Any]) -> N.Step:
        return N.Step(items[0].line, items[0].column, items[1], 1, True)

    def pre_dec(self, items: list[Any]) -> N.Step:
        return N.Step(items[0].line, items[0].column, items[1], -1, True)

    def return_stmt(self, items: list[Any]) -> N.Return:
        kw = items[0]
        return N.Return(kw.line, kw.column, items[1] if len(items) > 1 else None,
                        kw.type == "RESULT")

    result_stmt = return_stmt

    def ancestor_ctor(self, items: list[Any]) -> N.AncestorCall:
        kw, name, _, args, _ = items
        return N.AncestorCall(kw.line, kw.column, name[0], args)

    def free_stmt(self, items: list[Any]) -> N.Free:
        return N.Free(items[0].line, items[0].column, items[1])

    def class_member(self, items: list[Any]) -> N.ClassMember:
        obj, op, name = items
        if not isinstance(obj, N.Name):
            raise WLSyntaxError("'::' must follow a class name", op.line, op.column)
        return N.ClassMember(op.line, op.column, obj.name, name[0])

    def class_member_here(self, items: list[Any]) -> N.ClassMember:
        op, name = items
        return N.ClassMember(op.line, op.column, None, name[0])

    def break_stmt(self, items: list[Any]) -> N.Break:
        return N.Break(items[0].line, items[0].column)

    def continue_stmt(self, items: list[Any]) -> N.Continue:
        return N.Continue(items[0].line, items[0].column)

    def new_object(self, items: list[Any]) -> N.New:
        kw, name = items[0], items[1]
        args = next((x for x in items if isinstance(x, list)), None)
        return N.New(kw.line, kw.column, name[0], args)


# Lark names the `elif` rule callback `elif`, a Python keyword.
setattr(Builder, "elif", Builder.elif_)
