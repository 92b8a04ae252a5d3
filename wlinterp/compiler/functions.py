"""One generated Python function: names, calls by kind of callee and the
statement/expression mixins; calls of the program's procedures (with by-reference
write-back) are procedure_calls.py's, of built-ins builtin_calls.py's, of methods
method_code.py's.

What a name designates (a variable, a constant, a procedure, a built-in...) is the
semantic pass's verdict (semantics/resolved.py, recorded per node); this module generates
the code for that verdict and never walks WLanguage's lookup order itself.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..syntax import nodes as N
from ..runtime.kinds import KindNames as Kind, SType, STypeNames as S
from ..syntax.names import fold
from .emitter import Emitter
from .ranges import Bounds
from ..semantics.symbols import FuncScope, ProcInfo, Var
from ..semantics.resolved import CALLS
from .base import RefNames as Ref
from .builtin_calls import BuiltinCallMixin
from .method_code import MethodCallMixin
from .spreads import SpreadMixin
from .stmts import StmtMixin
from .member_inline import reads_member
from .procedure_calls import ProcedureCallMixin
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from ..runtime.value_methods import variable_method
    from .value_calls import shown_callee
else:
    on_first_call(globals(), "..runtime.value_methods", "variable_method")
    on_first_call(globals(), ".value_calls", "shown_callee")

if TYPE_CHECKING:
    from .held_proofs import Held
    from .program import ProgramCompiler
    from ..runtime.types import TypeSpec
    from ..semantics.diagnostics import Diagnostic

# the calls of a member the semantic pass may have found wrong (call_refused)
_CHECKED_MEMBER_CALLS = (Ref.ANCESTOR_METHOD, Ref.EXTENSION, Ref.STATIC_METHOD, Ref.DYNAMIC)


class FunctionCompiler(StmtMixin, BuiltinCallMixin, SpreadMixin, MethodCallMixin,
                       ProcedureCallMixin):
    """Compiles the body of main code, a procedure or an internal procedure."""

    def __init__(self, prog: "ProgramCompiler", scope: FuncScope,
                 proc: ProcInfo | None) -> None:
        self.prog = prog
        self.scope = scope
        self.proc = proc
        self.out = Emitter(1)  # a function's body, under its `def` (bodies.assemble)
        # the Python loops being compiled: ("loop", the CONTINUE step code or None) for a
        # WLanguage loop, ("goto", its _Dispatch) for a block's dispatch loop (jumps.py)
        self.loops: list[tuple[str, Any]] = []
        self.implicit: list[Var] = []
        self.folded: dict[int, object] = {}  # constant operators (folding.py), by node id
        self.loop_bounds: dict[str, Bounds] = {}  # FOR counters of the loops being compiled -> their bounds
        # objects held in locals by the loops being compiled, innermost last
        # (member_inline.py, held_proofs.py)
        self.held: list[Held] = []
        self.declared_here: list[str] = []  # variables declared in the blocks around
        # FOR EACH variables (variants) over an array of structures or objects, while
        # their loop is compiled: id(var) -> the element type (variant_places.static_spec)
        self.loop_elements: dict[int, TypeSpec] = {}
        # FOR EACH File being compiled: name -> (its context, {item read: its index})
        self.file_loops: dict[str, tuple[str, dict[str, str]]] = {}
        # `File.Item = v` written here: (file, item) -> the locals keeping the context
        # and the item's index (None before the first write: classes.py)
        self.data_slots: dict[tuple[str, str], tuple[str, str]] = {}
        self._temps = 0
        self.bound_leaves: dict[int, tuple[str, SType]] = {}
        self.fast_params: frozenset[str] = frozenset()  # parameters known to be integers
        self.typed_held: frozenset[str] = frozenset()  # (typed_members.py)
        self.direct_held: frozenset[str] = frozenset()  # (direct_methods.py)
        self.direct_versions: dict[int, ProcInfo] = {}  # id(call) -> the version called
        self.typed_reads: set[str] = set()

    def temp(self) -> str:
        self._temps += 1
        return f"_t{self._temps}"

    # -- names ----------------------------------------------------------------
    def resolve_name(self, node: N.Name | N.ClassMember) -> tuple[str, SType]:
        """A name read: what the semantic pass decided it is (semantics/resolved.py)."""
        found = self.prog.ref_table.get(id(node))  # refs.of(node), without its call
        ref = found[1] if found is not None else self.prog.refs.of(node)
        key = fold(node.name)
        if ref is Ref.VAR:  # the commonest: a declared variable (read_var inline)
            var = self.scope.lookup(key)
            assert var is not None, key
            code = var.pyname if not var.implicit else self.read_var(var)
            return code, self.var_type(var) if self.loop_elements else var.stype
        if ref in CALLS:  # a procedure or function named alone: called
            return self.compile_call(N.Call(node.line, node.col, node, []))
        if ref is Ref.UNDECLARED:
            wrong = self.wrong_name(node)
            if wrong is not None:
                return self.prog.call_fail(wrong), S.ANY
            var = self.undeclared_var(node)
            return self.read_var(var), var.stype
        if ref is Ref.MYPARAMS:
            scope = self.myparams_scope()
            return (scope.myparams_code if scope else "my_parameters([], (), _ctx, 0)"), \
                S.ARRAY
        if ref is Ref.MEMBER:  # a member of the current object, or its property
            if self.own_property(key):
                return f"get_property(_rt, a__objet, {key!r}, {node.name!r})", S.ANY
            here = self.prog.structs.get(fold(self.current_class() or ""))
            code = self.member_read(here, "a__objet", key, "")
            if code in self.typed_reads:
                return code, S.INT
            # a Date member named bare reads as `:m_d` does: `m_d + 3` was "202503013"
            return code, self.timed_type(node) \
                if reads_member(code) and isinstance(node, N.Name) else S.ANY
        if ref is Ref.STATIC:
            return self.x_ClassMember(N.ClassMember(node.line, node.col, None, node.name))
        if ref is Ref.OWN_METHOD_REF:  # ArraySort(t, asFunction, Cmp) in a method: ::Cmp
            return self.expr(self.prog.refs.stands_for[id(node)][1])
        if ref is Ref.ELEMENT_MEMBER:  # SORTED BY nAge: the loop element's member
            return self.expr(self.prog.refs.stands_for[id(node)][1])
        if ref is Ref.CONSTANT:
            return self.prog.constant_code(self.prog.refs.constant_key(node, key))
        if ref is Ref.MAIN_VAR:  # above this function's variable of that name (lookup.py)
            var = self.prog.main_scope.vars[key]  # a module global (main_globals.py)
            return var.pyname, var.stype
        if ref is Ref.BUILTIN_VAR:
            return self.prog.builtin_variable_code(key), S.OBJECT
        if ref is Ref.CLASS_NAME:  # `IF o..Class = CSub`: its name (semantics/class_names.py)
            return repr(self.prog.structs[key].name), S.STR
        if ref is Ref.PROC_REF:
            return self.proc_ref_code(self.prog.procs[key]), S.ANY  # passed, not called
        if ref is Ref.INTERNAL_REF:
            internal = self.scope.lookup_proc(key)
            if internal is None:
                return self.prog.fail_code(_before_declaration(node.name), node), S.ANY
            return self.proc_ref_code(internal), S.ANY  # passed (a callback), not called
        raise self.refused(node)  # a type used as a value

    x_Name = resolve_name  # a name as an expression (exprs.py's dispatch finds it here)

    def wrong_name(self, node: N.Name | N.ClassMember) -> "Diagnostic | None":
        """The semantic pass's verdict on an undeclared name that its code fails on: a
        class's name as a value (WL101), no such procedure (WL102); else None."""
        wrong = self.prog.call_error(node)
        return wrong if wrong is not None and wrong.code in ("WL101", "WL102") else None

    def data_named(self, node: N.Expr) -> bool:
        """Does `node` read as `data_name(...)` (read_var: an undeclared name, maybe a data
        file of the analysis, hfsql/hooks.py)? Asked of the semantic pass's verdict as
        resolve_name asks it, without compiling the name."""
        if type(node) is not N.Name:
            return False
        ref = self.prog.refs.of(node)
        if ref is Ref.VAR:
            var = self.scope.lookup(fold(node.name))
            return var is not None and var.implicit
        return ref is Ref.UNDECLARED and self.wrong_name(node) is None

    def undeclared_var(self, node: N.Name | N.ClassMember) -> Var:
        """The implicit variable of an undeclared name in this function, made on first
        use. Another function's implicit variable is not shared: main code's is a local
        of `__wl_main__`, which a procedure (or its integer version, compiled later)
        cannot reach."""
        var = self.scope.lookup(fold(node.name))
        if var is None or (var.implicit and var.owner is not self.scope):
            var = self.prog.implicit_var(self, node)
        return var

    def read_var(self, var: Var) -> str:
        """The code reading a variable: an undeclared name may be a data file or item of
        the analysis (wlinterp/hfsql), looked up when it runs."""
        if var.implicit:
            return f"data_name(_rt, {fold(var.name)!r}, {var.pyname})"
        return var.pyname

    def myparams_scope(self) -> FuncScope | None:
        """The procedure whose MyParameters the code names (an internal procedure's
        enclosing one included)."""
        scope: FuncScope | None = self.scope
        while scope is not None and not scope.myparams_code:
            scope = scope.parent
        return scope

    def var_node(self, line: int, col: int, name: str) -> N.Name:
        """A Name made up by code generation for a variable it knows declared (LET
        names, `objet`): recorded as such, since the semantic pass never saw it."""
        node = N.Name(line, col, name)
        self.prog.refs.record(node, Ref.VAR)
        return node

    # -- calls ---------------------------------------------------------------
    def compile_call(self, node: N.Call, statement: bool = False) -> tuple[str, SType]:
        """A call, as the semantic pass resolved its callee: one step per kind of callee
        (a name, a member, a value computed at run time); named arguments as the
        semantic pass placed them."""
        node = self.prog.refs.placed_call(node)
        func = node.func
        if type(func) is N.Name:  # the commonest: a built-in or a procedure by its name
            quick = self.common_call(node, func)
            if quick is not None:
                return quick
        if isinstance(func, (N.Automation, N.Index, N.Call, N.Indirect)):
            return self.computed_call(node, func)
        if not isinstance(func, (N.Name, N.Member, N.ClassMember)):
            raise self.refused(node)
        ref = self.prog.refs.of(func)
        if isinstance(func, N.Member):
            return self.member_call(node, func, ref)
        return self.named_call(node, func, ref)

    def common_call(self, node: N.Call, func: N.Name) -> tuple[str, SType] | None:
        """A built-in or a procedure called by its name, read from the table of
        verdicts without refs.of's call (most calls of a program); None for the rest."""
        found = self.prog.ref_table.get(id(func))  # refs.of(func), without its call
        ref = found[1] if found is not None else self.prog.refs.of(func)
        if ref is Ref.BUILTIN and self.null_leaves(node):  # `Abs(i)`, i an `int?`
            return self.null_lifted(node, lambda: self.builtin_call(
                node, fold(func.name), node.args, func.name))
        if ref is Ref.BUILTIN:
            return self.builtin_call(node, fold(func.name), node.args, func.name)
        if ref is Ref.PROC:
            return self.proc_call(node, self.prog.procs[fold(func.name)])
        return None

    def computed_call(self, node: N.Call, func: N.Expr) -> tuple[str, SType]:
        """A callee known only when the program runs: an ActiveX method, a procedure
        held in an array or returned by a call, one named by a string."""
        if isinstance(func, N.Automation):  # obj>>Method(args): the ActiveX/OLE error
            return f"({self.value(func.obj)}, automation_fail({func.name!r}))[1]", S.ANY
        args = "".join(", " + self.value(a) for a in node.args)
        if isinstance(func, N.Indirect):  # {"Total"}(3): the procedure so named
            return f"indirect_call(globals(), {self.value(func.name)}{args})", S.ANY
        return f"call_ref({self.value(func)}, {shown_callee(func)!r}{args})", S.ANY  # t[1](10)

    def call_refused(self, node: N.Call) -> tuple[str, SType] | None:
        """The code raising the semantic pass's error on this call (a wrong argument
        count, no ancestor with the method: WL112...), None when it has none. Without
        it a wrong count would be a Python TypeError, an internal error."""
        wrong = self.prog.call_error(node)
        return None if wrong is None else (self.prog.call_fail(wrong), S.ANY)

    def member_call(self, node: N.Call, func: N.Member, ref: Any) -> tuple[str, SType]:
        """`x.Name(args)`: WL.Name, an ancestor's or a class's method, an extension
        procedure, an object's method or a built-in applied to the variable."""
        key = fold(func.name)
        if ref is Ref.BUILTIN:  # WL.Name(...)
            return self.builtin_call(node, key, node.args, func.name)
        if ref in _CHECKED_MEMBER_CALLS:
            refused = self.call_refused(node)
            if refused is not None:
                return refused
        if ref is Ref.ANCESTOR_METHOD:
            return self.ancestor_call(node, func), S.ANY
        if ref is Ref.EXTENSION:  # s.P(x): the extension procedure P(s, x)
            return self.proc_call(N.Call(node.line, node.col, func,
                                         [func.obj, *node.args]), self.prog.procs[key])
        if ref is Ref.STATIC_METHOD:  # Class.M(...): run on the class's receiver
            cls = fold(func.obj.name)  # type: ignore[attr-defined]
            return self.method_call(
                "call_class_method", f"class_receiver(_rt, {cls!r}), {cls!r}, "
                f"({key!r},)", node.args, key, func.name, order=node.order), S.ANY
        if ref is Ref.DYNAMIC:  # access control: the semantic pass (WL112)
            return self.object_method_call(node, func, key)
        whole = variable_method(key, self.prog.registry.functions)  # v.RAZ()
        if self.null_leaves(node):  # `r.Round(2)`, r a `real?`: as Round(r, 2)
            return self.null_lifted(node, lambda: self.builtin_call(
                node, whole or key, [func.obj, *node.args], func.name))
        return self.builtin_call(node, whole or key, [func.obj, *node.args], func.name)

    def object_method_call(self, node: N.Call, func: N.Member, key: str) -> tuple[str, SType]:
        """`o.M(args)`: the method chosen when it compiles if the object's class is
        known, else the object's own (held in a loop) or dispatched when it runs."""
        direct = self.chosen_method(node, func.obj, key)
        if direct is not None:
            return direct, self.method_result(node)
        read = self.read_into_method(node, func, key)  # f.Read(n, &buf) on a DiskFile
        if read is not None:
            return read
        receiver = self.receiver(func.obj, func.name)
        held = self.held_method(node, func.obj, receiver, key)
        if held is not None:
            return held
        receiver = self.grown_receiver(func.obj, key) or receiver  # `v.Add(5)`, v empty
        spec = self.static_spec(func.obj)  # an empty variant: as M(v) (method_args)
        helper = "call_variant_method" if spec is None or (  # (None: a type
            spec.kind == Kind.VARIANT and not spec.dynamic) else "call_method"  # unknown)
        return self.method_call(helper, f"{receiver}, {key!r}",
                                node.args, key, func.name,
                                self.item_method(func.obj, key), node.order), \
            self.method_result(node)

    def named_call(self, node: N.Call, func: N.Name | N.ClassMember,
                   ref: Any) -> tuple[str, SType]:
        """`Name(args)` that is not the common case: a procedure held in a variable, a
        method of the current object, an internal procedure, ExecuteAncestor..."""
        key = fold(func.name)
        if ref is Ref.VALUE_CALL:  # x is PROCEDURE = P; x(args)
            var = self.scope.declared(key)
            args = "".join(", " + self.value(a) for a in node.args)
            return f"call_ref({var.pyname}, {func.name!r}{args})", S.ANY
        if ref is Ref.METHOD:  # dispatched on the object's class: a redefinition wins
            refused = self.call_refused(node)  # a wrong argument count (semantic pass)
            if refused is not None:
                return refused
            direct = self.chosen_method(node, None, key)
            if direct is not None:
                return direct, S.ANY
            return self.method_call("call_method", f"a__objet, {key!r}", node.args, key,
                                    func.name, order=node.order), S.ANY
        if ref is Ref.PROC:
            return self.proc_call(node, self.prog.procs[key])
        if ref is Ref.INTERNAL:
            internal = self.scope.lookup_proc(key)
            if internal is None:
                return self.prog.fail_code(_before_declaration(func.name), node), S.ANY
            return self.proc_call(node, internal)
        if ref is Ref.EXECUTE_ANCESTOR:
            refused = self.call_refused(node)  # no ancestor has the method (semantic pass)
            return refused or (self.execute_ancestor(node, func.name), S.ANY)
        if ref is Ref.BUILTIN:
            return self.builtin_call(node, key, node.args, func.name)
        raise self.refused(node)  # a variable called


def _before_declaration(shown: str) -> str:
    return (f"The internal procedure {shown} is called before its declaration has been "
            f"run.")

