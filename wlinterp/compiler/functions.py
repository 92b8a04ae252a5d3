"""One generated Python function: name resolution, calls (with by-reference write-back)
and the statement/expression mixins.

Name lookup order, as in WLanguage: local variables and parameters, the enclosing
procedure's (for internal procedures), the main code's variables, constants, user
procedures (which may shadow built-ins), then built-ins. `WL.Name(...)` always reaches
the built-in.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..syntax import nodes as N
from ..runtime.kinds import Kind, SType, SType as S
from ..syntax.names import fold
from ..runtime import value_methods
from .emitter import Emitter
from .ranges import Bounds
from ..semantics.symbols import FuncScope, ProcInfo, Var
from ..semantics.calls import EXECUTE_ANCESTOR, unknown_callee
from ..semantics.diagnostics import sentence
from .stmts import StmtMixin

if TYPE_CHECKING:
    from .program import ProgramCompiler

_ANNOTATION_TYPES = {"int": S.INT, "str": S.STR, "bool": S.BOOL, "float": S.REAL,
                     "Date": S.DATE}


class FunctionCompiler(StmtMixin):
    """Compiles the body of main code, a procedure or an internal procedure."""

    def __init__(self, prog: "ProgramCompiler", scope: FuncScope,
                 proc: ProcInfo | None) -> None:
        self.prog = prog
        self.scope = scope
        self.proc = proc
        self.out = Emitter()
        self.loops: list[tuple[str, str | None]] = []
        self.implicit: list[Var] = []
        self.folded: dict[int, object] = {}  # constant operators (folding.py), by node id
        self.loop_bounds: dict[str, Bounds] = {}  # FOR counters of the loops being compiled -> their bounds
        self._temps = 0
        self.fast_params: frozenset[str] = frozenset()  # parameters known to be integers

    def temp(self) -> str:
        self._temps += 1
        return f"_t{self._temps}"

    # -- names ---------------------------------------------------------------
    def resolve_name(self, node: N.Name) -> tuple[str, SType]:
        key = fold(node.name)
        var = self.scope.lookup(key)
        if var is not None:
            if var.implicit:  # maybe a data file or item of the analysis (wlinterp/hfsql)
                return f"data_name(_rt, {key!r}, {var.pyname})", var.stype
            return var.pyname, var.stype
        if key in ("myparameters", "mesparametres") and self.scope.myparams:
            return "_myparams", S.ARRAY
        method_scope = self.scope.method_owner()
        if method_scope is not None and key in method_scope.members:
            return f"get_member(a__objet, {key!r})", S.ANY  # a member of the current object
        if method_scope is not None and self.static_class(
                N.ClassMember(node.line, node.col, None, node.name)):
            return self.x_ClassMember(N.ClassMember(node.line, node.col, None, node.name))
        kind = self.prog.kind_of(key)
        if kind == "constant":
            return self.prog.constant_code(key)
        if kind == "procedure" and self.prog.procs[key].arity()[0] > 0:
            return self.proc_ref_code(self.prog.procs[key]), S.ANY  # passed, not called
        if kind in ("procedure", "function"):
            return self.compile_call(N.Call(node.line, node.col, node, []))
        if kind == "variable":
            return self.prog.builtin_variable_code(key), S.OBJECT
        if kind == "type":
            raise self.refused(node)
        internal = self.scope.lookup_proc(key)
        if internal is not None and internal.arity()[0] > 0:
            return self.proc_ref_code(internal), S.ANY  # passed (a callback), not called
        if internal is not None:
            return self.compile_call(N.Call(node.line, node.col, node, []))
        var = self.prog.implicit_var(self, node)
        return f"data_name(_rt, {key!r}, {var.pyname})", var.stype

    # -- calls ---------------------------------------------------------------
    def automation(self, obj: N.Node) -> bool:
        """Is `obj` an `object Automation` variable (its methods fail when called)?"""
        var = self.scope.lookup(fold(obj.name)) if isinstance(obj, N.Name) else None
        return var is not None and var.spec.kind == Kind.OBJECT \
            and var.spec.name == "objetautomation"

    def compile_call(self, node: N.Call, statement: bool = False) -> tuple[str, SType]:
        func = node.func
        if isinstance(func, N.Member) and isinstance(func.obj, N.Name) \
                and fold(func.obj.name) == "wl":
            return self.builtin_call(node, fold(func.name), node.args, func.name)
        if isinstance(func, N.Member) and isinstance(func.obj, N.Name) \
                and fold(func.obj.name) in ("ancestor", "ancetre") \
                and self.scope.lookup(fold(func.obj.name)) is None and self.current_class():
            return self.ancestor_call(node, func), S.ANY
        if isinstance(func, N.Member):
            key = fold(func.name)  # access control: the semantic pass (WL112)
            if any(m == key for _, m in self.prog.methods) or self.automation(func.obj) or (
                    key not in self.prog.registry.functions and value_methods.candidates(key)):
                args = "".join(", " + self.value(a) for a in node.args)
                return f"call_method(_rt, {self.value(func.obj)}, {key!r}{args})", S.ANY
            return self.builtin_call(node, key, [func.obj, *node.args], func.name)
        if not isinstance(func, N.Name):
            raise self.refused(node)
        key = fold(func.name)
        var = self.scope.lookup(key)
        if var is not None and var.spec.kind in (Kind.PROCEDURE, Kind.VARIANT):
            args = "".join(", " + self.value(a) for a in node.args)  # x is PROCEDURE = P
            return f"call_ref({var.pyname}, {func.name!r}{args})", S.ANY
        if var is not None:
            raise self.refused(node)
        method_scope = self.scope.method_owner()
        method = self.prog.find_method(method_scope.owner, key) if method_scope else None
        if method is not None:  # dispatched on the object's class: a redefinition wins
            args = "".join(", " + self.value(a) for a in node.args)
            return f"call_method(_rt, a__objet, {key!r}{args})", S.ANY
        proc = self.scope.lookup_proc(key) or self.prog.procs.get(key)
        if proc is not None:
            return self.proc_call(node, proc)
        if key in EXECUTE_ANCESTOR:
            return self.execute_ancestor(node, func.name), S.ANY
        return self.builtin_call(node, key, node.args, func.name)

    def execute_ancestor(self, node: N.Call, shown: str) -> str:
        """`ExecuteAncestor()` / `ExécuteAncêtre()` in a method: the ancestor's version of
        this method on the current object, with the arguments given, else with this
        method's own parameters. Elsewhere it runs a window template's code: it fails."""
        mscope = self.scope.method_owner()
        owner = mscope.owner if mscope is not None else None
        info = self.prog.methods.get((owner, fold(mscope.name))) if mscope and owner else None
        if info is None:
            return self.prog.fail_code(f"{shown} runs the code of a window or control template:"
                                       f" a window function, not available outside the IDE"
                                       f" (in a class method it runs the ancestor's"
                                       f" version).", node)
        args = node.args or [N.Name(node.line, node.col, p.name)
                             for p in info.node.params if not p.star]
        func = N.Member(node.line, node.col, N.Name(node.line, node.col, "Ancestor"),
                        info.node.name)
        return self.ancestor_call(N.Call(node.line, node.col, func, args), func)

    def ancestor_call(self, node: N.Call, func: N.Member) -> str:
        """`Ancêtre.M(args)` / `Ancestor:M(args)` in a method: the parent class's M, run on
        the current object (not the redefinition)."""
        sdef = self.prog.structs[self.current_class() or ""]
        if sdef.base is None:  # an error when it runs
            return self.prog.fail_code(f"The class {sdef.name} has no ancestor.", node)
        base = sdef.base
        args = "".join(", " + self.value(a) for a in node.args)
        return (f"call_class_method(_rt, a__objet, {fold(base.name)!r}, "
                f"({fold(func.name)!r},){args})")

    def proc_ref_code(self, proc: ProcInfo) -> str:
        return f"proc_ref({proc.node.name!r}, {proc.pyname}, {bool(proc.writeback)})"

    def procedure_value(self, e: N.Expr) -> str | None:
        """`x is PROCEDURE = P` / `x = P`: a reference to P when P names a procedure."""
        if isinstance(e, N.Name) and self.scope.lookup(fold(e.name)) is None:
            proc = self.scope.lookup_proc(fold(e.name)) or self.prog.procs.get(fold(e.name))
            if proc is not None:
                return self.proc_ref_code(proc)
        return None

    def builtin_call(self, node: N.Call, key: str, args: list[Any], shown: str) -> tuple[str, SType]:
        wrong = self.prog.call_error(node)  # decided by the semantic pass (calls.py)
        b = self.prog.registry.functions.get(key)
        if wrong is not None or b is None:
            return self.prog.fail_code(wrong.sentence() if wrong else
                                       sentence(unknown_callee(shown)), node), S.ANY
        while args and isinstance(args[-1], N.DefaultArg):  # F(a, *): the default
            args = args[:-1]
        if any(isinstance(a, N.DefaultArg) for a in args):
            return self.prog.fail_code(f"{b.en}: '*' (default value) can only stand for "
                                       f"trailing parameters of a built-in function.", node), S.ANY
        codes = [self.data_arg(a) if b.family.startswith("HFSQL") else self.value(a)
                 for a in args]
        ref = self.prog.builtin_ref(key, b)
        ret = S.ANY
        if not b.can_fail:
            ann = b.func.__annotations__.get("return")
            ret = _ANNOTATION_TYPES.get(ann if isinstance(ann, str) else getattr(ann, "__name__", ""),
                                        S.ANY)
        return f"{ref}(_rt{''.join(', ' + c for c in codes)})", ret

    def data_arg(self, arg: N.Expr) -> str:
        """An H* function's argument: a bare data file or item name of the analysis wins
        over a built-in of the same name (`HReadSeekFirst(Customer, Email, x)`)."""
        if isinstance(arg, N.Name) and fold(arg.name) in self.prog.data_names \
                and self.scope.lookup(fold(arg.name)) is None:
            return f"data_name(_rt, {fold(arg.name)!r}, None)"
        return self.value(arg)

    def proc_call(self, node: N.Call, proc: ProcInfo) -> tuple[str, SType]:
        args = node.args
        wrong = self.prog.call_error(node)  # a wrong argument count (semantic pass)
        if wrong is not None:
            return self.prog.fail_code(wrong.sentence(), node), S.ANY
        compiled = [self.expr(a) for a in args]
        self.prog.compile_callee(proc)
        proc = self.prog.fast_call(self, proc, args, [t for _, t in compiled])
        codes = ", ".join(self._val(c, t) for c, t in compiled)
        call = f"{proc.pyname}({codes})"
        ret = self.prog.ret_stype(proc)
        if not proc.writeback:
            return call, ret
        t = self.temp()
        parts = [f"({t} := {call})"]
        for j, k in enumerate(proc.writeback, 1):
            if k < len(args):
                wb = self.writeback(args[k], f"{t}[{j}]")
                if wb:
                    parts.append(wb)
        parts.append(f"{t}[0]")
        return "(" + ", ".join(parts) + ")[-1]", ret

    def writeback(self, arg: N.Expr, code: str) -> str | None:
        """Expression storing a by-reference parameter's final value into the argument."""
        if isinstance(arg, N.Name):
            var = self.scope.lookup(fold(arg.name))
            if var is None:
                return None
            self.note_write(var)
            return f"({var.pyname} := {self.store_code(var, code, S.ANY)})"
        if isinstance(arg, N.Member):
            return f"set_member({self.value(arg.obj)}, {fold(arg.name)!r}, {code}, _ctx)"
        if isinstance(arg, N.Index):
            idx = ", ".join(self.value(a) for a in arg.args)
            return f"set_index({self.value(arg.obj)}, {code}, {idx})"
        return None
