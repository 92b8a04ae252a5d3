"""Statement code generation for one Python function (main code or a procedure).

Control flow maps onto Python's own (if/while/for/try), so compiled WLanguage runs at
close to the speed of hand-written Python. Assignments are assigns.py's, the stores they
end with stores.py's, loops loops.py's.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from ..syntax import nodes as N
from ..runtime.kinds import KindNames as Kind, SType, STypeNames as S
from ..errors import WLSyntaxError
from ..syntax.names import fold
from .assigns import AssignMixin
from .secret_stores import SecretStoreMixin
from .loops import LoopMixin
from .jumps import JumpMixin
from ..semantics.symbols import run_time_dims
from .tested_calls import TESTABLE, TestedCallMixin, tested_call, uses_tested_calls
from ..syntax.walk import walk_expr
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from ..semantics.jumps import block_labels
else:
    on_first_call(globals(), "..semantics.jumps", "block_labels")


_LEAVES = frozenset({N.Num, N.Str, N.Const, N.Name})  # no `*` (the tested value) inside
# statement class -> the method compiling it, found once
_S_METHODS: dict[type, Callable[[Any, Any], None]] = {}
_SEGMENT = 500  # branches of an IF / SWITCH chain per `if ... elif` (s_If: branch)


class StmtMixin(SecretStoreMixin, AssignMixin, LoopMixin, JumpMixin, TestedCallMixin):
    """Statements; `self.out` is the Emitter, `self.scope` the FuncScope."""

    def block(self, stmts: list[N.Stmt]) -> None:
        declared = len(self.declared_here)  # (its declarations end with it)
        if self.labelled:  # (a process with GOTO labels: is this block one of theirs?)
            names = block_labels(stmts)
            if names:
                self.dispatch_block(stmts, names)
                del self.declared_here[declared:]
                return
        out = self.out
        mark = len(out.lines)  # out.mark()
        methods = _S_METHODS
        tested = TESTABLE if self.prog.auto_errors else ()  # (no such program: none)
        for i, s in enumerate(stmts):
            out.pos = (s.line, s.col)  # out.at, without a call per statement
            t = type(s)
            if t is N.WhenException and s.general:  # type: ignore[attr-defined]
                self.general_handler(s, stmts[i + 1:])  # type: ignore[arg-type]
                break
            method = methods.get(t)
            if method is None:  # the first statement of its class: `s_<class name>`
                method = methods[t] = getattr(type(self), "s_" + t.__name__)
            if t in tested and uses_tested_calls(stmts, i):
                self.tested(lambda: method(self, s))  # ?3034015: the code tests it
                continue
            if t is N.Assign and self.held and (
                    self.typed_statement(s, lambda: method(self, s))  # type: ignore[arg-type]
                    or self.direct_statement(s, lambda: method(self, s))):  # type: ignore[arg-type]
                continue  # int members of held objects read untested (typed_members.py),
                # methods of held objects called directly (direct_methods.py)
            method(self, s)
        if len(out.lines) == mark:  # out.ensure_body(mark)
            out.emit("pass")
        del self.declared_here[declared:]

    def general_handler(self, s: N.WhenException, rest: list[N.Stmt]) -> None:
        """`WHEN EXCEPTION ... END` (no IN): handles exceptions of the rest of the block."""
        self.s_WhenException(N.WhenException(s.line, s.col, rest, s.handler, None))

    def s_NoOp(self, s: N.Stmt) -> None:
        self.out.emit("pass")

    def error(self, message: str, node: N.Node) -> WLSyntaxError:
        return WLSyntaxError(message, node.line, node.col, self.prog.filename, self.prog.source)

    def refused(self, node: N.Node) -> WLSyntaxError:
        """Code the semantic pass refuses: its verdict (see ProgramCompiler.refused)."""
        return self.prog.refused(node)

    # -- declarations -----------------------------------------------------------
    def s_Decl(self, s: N.Decl) -> None:
        self.declare_vars(s)
        self.note_secret_decl(s)
        self.declared_here.extend(v.pyname for v in map(self.scope.lookup, map(fold, (
            name for name, _, _ in s.names))) if v is not None)  # surely assigned from now

    def declare_vars(self, s: N.Decl) -> None:
        last = len(s.names) - 1
        for i, (name, line, col) in enumerate(s.names):
            var = self.scope.lookup(fold(name))
            assert var is not None
            self.out.at(line, col)
            if s.init is not None and i < last and not s.by_ref and s.ctor_args is None:
                # `a, b are int = 5`: "only the last variable is initialized" (?1514069,
                # ?1000024442); the others start at their type's default
                self.note_write(var)
                self.out.emit(f"{var.pyname} = {self.prog.default_code(var.spec)}")
            elif s.ctor_args is not None:
                self.note_write(var)
                self.out.emit(f"{var.pyname} = {self.construct_code(var.spec, s.ctor_args, s)}")
            elif s.init is not None and s.by_ref:
                target = self.var_node(line, col, name)
                self.special_assign(target, N.Assign(line, col, target, "<-", s.init))
            elif s.init is not None and var.spec.kind == Kind.PROCEDURE \
                    and (ref := self.procedure_value(s.init)) is not None:
                self.assign_var(var, ref, S.ANY)
            elif s.init is not None:
                code, t = self.expr(s.init)
                code = self.json_form_code(var, s.init, code, whole=True)
                t = self.array_source(var, s.init, t)
                self.assign_made(var, s.init, code, t, self.store_bounds(var, t, s.init))
            elif fold(s.type_text).split()[-1] in self.prog.enums \
                    and var.spec.kind == Kind.VARIANT:  # its first value (a combination: 0)
                self.note_write(var)
                first = self.prog.enums[fold(s.type_text).split()[-1]][:1]
                code = self.prog.constant_code(first[0])[0] if first else "None"
                self.out.emit(f"{var.pyname} = {code}")
            elif s.dims is not None and run_time_dims(s, self.prog.constants) is not None:
                self.note_write(var)  # `array of n int`: its dimensions read now
                sizes = "".join(f"{self._val(*self.expr(d))}, " for d in s.dims)
                self.out.emit(f"{var.pyname} = sized_array({self.prog.spec_ref(var.spec)}, "
                              f"_ctx, ({sizes}))")
            else:
                self.note_write(var)
                self.out.emit(f"{var.pyname} = {self.prog.default_code(var.spec)}")

    def s_Let(self, s: N.Let) -> None:
        if s.names:
            targets: list[N.Expr] = [self.var_node(s.line, s.col, n) for n in s.names]
            self.s_Assign(N.Assign(s.line, s.col, N.TupleLit(s.line, s.col, targets), "=",
                                   s.value))
            return
        var = self.scope.lookup(fold(s.name))
        assert var is not None
        code, t = self.expr(s.value)  # `let v = n * 2`: a Variant holding a numeric
        self.assign_var(var, self.json_form_code(var, s.value, code, whole=True), t)

    def s_StructDecl(self, s: N.StructDecl) -> None:
        self.out.emit("pass  # STRUCTURE " + s.name.replace("\n", " "))

    def s_ConstDecl(self, s: N.ConstDecl) -> None:
        self.out.emit("pass  # CONSTANT")

    def s_Procedure(self, s: N.Procedure) -> None:
        self.prog.compile_internal(self, s)

    def s_ExprStmt(self, s: N.ExprStmt) -> None:
        e = s.expr
        if isinstance(e, N.Name):
            e = N.Call(e.line, e.col, e, [])
        if not isinstance(e, N.Call):  # evaluated for its errors, its value dropped
            code, _ = self.expr(e)
            self.out.emit(code)
            return
        if type(e.func) is N.Member:  # `n.Count()`: a stop is at the method's name, where
            self.out.pos = (e.line, e.func.col + 1)  # wl check puts it (it was the dot)
        code, _ = self.compile_call(e, statement=True)
        self.out.emit(code)
        if e.args:  # `ArrayAdd(arrPasswords, x)`, `arrPasswords.Add(x)`: secret_stores.py
            self.note_secret_arrays(e)

    # -- control flow -----------------------------------------------------------
    def cond(self, e: N.Expr) -> str:
        code, t = self.expr(e)
        if t in (S.BOOL, S.INT, S.REAL):
            return code
        return f"to_bool({code})"

    def s_If(self, s: N.If) -> None:
        first = self.tested_cond(s.branches[0][0]) \
            if self.prog.auto_errors and tested_call(s.branches[0][0]) else None
        past = self.temp() if len(s.branches) > _SEGMENT else ""
        for i, (cond, body) in enumerate(s.branches):
            self.out.at(cond.line, cond.col)
            code = first if i == 0 and first is not None else self.cond(cond)
            self.branch(i, code, body, past)
        self.chain_end(len(s.branches), s.orelse, past)

    def branch(self, i: int, test: str, body: list[N.Stmt], past: str) -> None:
        """Branch `i` of an IF ... ELSE IF or a SWITCH: `elif` after the first; past
        _SEGMENT branches (`past`: a temporary), the chain goes on under `if past:`, each
        segment at the same indentation: CPython's compiler recursed once per `elif`
        and gave up near 3,000 (a SWITCH of 10,000 CASE, a table of error codes, said
        "the code nests too deeply here to be compiled")."""
        if past and i % _SEGMENT == 0:
            if i:
                self.chain_end(i, None, past)
                self.out.emit(f"if {past}:")
            else:
                self.out.emit("if True:")
            self.out.indent()
            self.out.emit(f"{past} = False")
            self.out.emit("if " + test + ":")
        else:
            self.out.emit(("if " if i % _SEGMENT == 0 else "elif ") + test + ":")
        self.out.indent()
        self.block(body)
        self.out.dedent()

    def chain_end(self, count: int, orelse: list[N.Stmt] | None, past: str) -> None:
        """After the branches (`count` of them so far): ELSE / OTHER CASE, or in a long
        chain the note that no branch of this segment ran."""
        if past:
            self.out.emit("else:")
            self.out.indent()
            self.out.emit(f"{past} = True")
            self.out.dedent()
            self.out.dedent()  # (out of the segment's `if`)
            if orelse is not None:
                self.out.emit(f"if {past}:")
                self.out.indent()
                self.block(orelse)
                self.out.dedent()
            return
        if orelse is not None:
            self.out.emit("else:" if count else "if True:")
            self.out.indent()
            self.block(orelse)
            self.out.dedent()

    def s_Switch(self, s: N.Switch) -> None:
        subject, st = self.expr(s.subject)
        tmp = self.temp()
        if st in (S.STRUCT, S.ANY):  # a structure or an object matches no CASE: refused
            subject = f"switch_subject({subject})"
        self.out.emit(f"{tmp} = {self._val(subject, st)}")
        past = self.temp() if len(s.cases) > _SEGMENT else ""
        for i, (conds, body) in enumerate(s.cases):
            self.branch(i, " or ".join(self.case_test(tmp, st, c) for c in conds), body, past)
        self.chain_end(len(s.cases), s.other, past)

    def case_test(self, tmp: str, st: SType, c: N.CaseCond) -> str:
        a, b = c.a, c.b
        if c.kind == "upto" and b is not None:  # CASE TO 5
            hi, th = self.expr(b)
            return self._compare("<=", tmp, st, hi, th)
        if a is None:  # the parser builds no other condition without a left side
            raise self.error("this CASE has no value", c)
        if c.kind == "value" and type(a) not in _LEAVES \
                and any(isinstance(x, N.Subject) for x in walk_expr(a)):
            self.subject = (tmp, st)  # CASE 1 < * <= 5: a condition on the tested value
            return self.cond(a)
        if c.kind == "value":
            code, t = self.expr(a)
            return self._compare("=", tmp, st, self._val(code, t), t)
        if c.kind == "range" and b is not None:
            lo, tl = self.expr(a)
            hi, th = self.expr(b)
            return f"({self._compare('>=', tmp, st, lo, tl)} and {self._compare('<=', tmp, st, hi, th)})"
        code, t = self.expr(a)
        return self._compare(c.op, tmp, st, code, t)

    def s_While(self, s: N.While) -> None:
        with self.members_held(s):
            self.while_loop(s)

    def while_loop(self, s: N.While) -> None:
        if s.count is not None:  # LOOP (n): the count is evaluated once
            self.out.emit(f"for _ in range(for_bound({self.value(s.count)})):")
            self.loop_body(s.body, None)
            return
        if s.post_cond is not None:  # LOOP ... DO WHILE c: the test after each pass
            test = f"if not {self.cond(s.post_cond)}: break"
            self.out.emit("while True:")
            self.loop_body(s.body, test)
            self.out.indent()
            self.out.emit(test)
            self.out.dedent()
            return
        self.out.emit("while True:" if s.cond is None else f"while {self.cond(s.cond)}:")
        self.loop_body(s.body, None)

    def loop_body(self, body: list[N.Stmt], cont: str | None) -> None:
        self.loops.append(("loop", cont))
        self.out.indent()
        self.block(body)
        self.out.dedent()
        self.loops.pop()

    def s_Break(self, s: N.Break) -> None:
        if not self.in_loop():
            raise self.refused(s)
        self.leave_loop("break")

    def s_Continue(self, s: N.Continue) -> None:
        if not self.in_loop():
            raise self.refused(s)
        self.leave_loop("continue")

    def s_Return(self, s: N.Return) -> None:
        self.prog.emit_return(self, s)

    def s_WhenException(self, s: N.WhenException) -> None:
        self.out.emit("try:")
        self.out.indent()
        self.block(s.body)
        self.out.dedent()
        exc = self.temp()
        self.out.emit(f"except CATCHABLE as {exc}:")
        self.out.indent()
        self.out.emit(f"_rt.exception = as_wl_exception({exc})")
        self.block(s.handler)
        self.out.dedent()
        if s.orelse:
            self.out.emit("else:")
            self.out.indent()
            self.block(s.orelse)
            self.out.dedent()
