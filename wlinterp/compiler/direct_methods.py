"""Methods called straight by their function on an object a loop holds.

`o.M(args)` in a loop holding `o` (member_inline.py `members_held`) calls M's function by
name while `o` designates the object held, which is of exactly its class, so that no
redefinition applies, and was not freed (a method called on a freed object stops: the
test left out where no `delete` can run during the loop); else the dispatch
(`call_method`: the class's lineage, a look-up per class):

    (m_ccounter__add1(v_c, v_t) if _t6 else call_method(_rt, v_c, 'add1', v_t))

Only where the call is plain: not in the REPL (a later input may redefine the method), M
neither with several syntaxes nor giving parameters back, nor a property, and the
arguments within its counts (the same Python call succeeds).

Where the variable's test is made once, before the loop (`_t6`: nothing can assign it
nor free its object during the loop, held_proofs.py), an assignment into a local number that calls such
methods is compiled twice, like a statement reading held int members
(typed_members.py): under `if _t6:` the calls are the direct ones alone, so the call's
result has the method's own static type and bounds (`t = c.Add1(t)`: an int, at most
one more than an int: only the top of the range tested), and the method's integer
version is called where its parameters receive known integers (specialize.py: no entry
conversion); else the statement as before.
"""
from __future__ import annotations

__all__ = ["DirectMethodMixin"]

from typing import TYPE_CHECKING, Callable

from ..runtime.kinds import SType, STypeNames as S
from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import walk_expr
from .base import RefNames as Ref
from .member_inline import MemberInlineMixin
from .ranges import UNKNOWN, Bounds

if TYPE_CHECKING:
    from ..semantics.symbols import ProcInfo

_DEEPEST = 12  # indentation levels: CPython refuses 20 nested blocks (lazy.py)


class DirectMethodMixin(MemberInlineMixin):
    """Methods of held objects called by name (mixed into the function compiler)."""

    def held_method(self, node: N.Call, obj: N.Expr, code: str,
                    key: str) -> tuple[str, SType] | None:
        """`o.M(args)` in a loop holding `o` (its code `code`): the direct call where `o`
        is the object held, else the dispatch; in a statement's version under the
        variable's flag (`direct_held`), the direct call alone, of M's static type."""
        callee = self.held_callee(node, obj, code, key)
        if callee is None:
            return None
        info, owner = callee
        if code in self.direct_held:
            compiled = [self.expr(a) for a in node.args]
            version = self.prog.fast_method(self, info, owner, node.args,  # type: ignore[arg-type]
                                            [t for _, t in compiled])
            self.direct_versions[id(node)] = version
            args = "".join(", " + self.kept_kind(a, c) for a, c in zip(node.args, compiled))
            return f"{version.pyname}({code}{args})", self.prog.ret_stype(version)
        args = "".join(", " + self.kept_kind(a) for a in node.args)
        return (f"({info.pyname}({code}{args}) if {self.held_test(code)} else "
                f"call_method(_rt, {code}, {key!r}{args}))"), self.method_result(node)

    def held_callee(self, node: N.Call, obj: N.Expr, code: str,
                    key: str) -> "tuple[ProcInfo, str] | None":
        """The method `o.M(args)` calls when `o` (its code `code`) is a variable held of
        its class, with the class that declares M, where the direct call is plain."""
        sdef = self.declared_struct(obj) if code.isidentifier() else None
        if sdef is None or self.prog.session is not None or key in self.prog.methods_back \
                or key in self.prog.properties \
                or any(type(a) in (N.DefaultArg, N.Substr) for a in node.args) or node.order:
            return None  # (named arguments in another order: method_call's, in order)
        owner = next((c for c in sdef.lineage() if (c, key) in self.prog.methods), None)
        info = self.prog.methods.get((owner or "", key))
        if owner is None or info is None or info.overloads is not None or info.writeback \
                or any(p.star for p in info.node.params):
            return None
        least, most = info.arity()
        if not least <= len(node.args) <= (len(node.args) if most is None else most):
            return None
        if self.held_for(code, sdef) is None:
            return None
        return info, owner

    def direct_statement(self, s: N.Assign, compile_it: Callable[[], None]) -> bool:
        """Compile `s` in two versions when it calls methods of held variables whose
        test was made before the loop (True); False, nothing emitted, otherwise."""
        if self.direct_held or self.typed_held or self.out.level > _DEEPEST \
                or self.prog.session is not None or not self.number_target(s):
            return False
        owners: list[str] = []
        for e in walk_expr(s.value):
            if type(e) is N.Call and type(e.func) is N.Member and type(e.func.obj) is N.Name \
                    and self.prog.refs.of(e.func) is Ref.DYNAMIC:
                var = self.scope.lookup(fold(e.func.obj.name))
                if var is not None and var.pyname not in owners and self.held_callee(
                        e, e.func.obj, var.pyname, fold(e.func.name)) is not None:
                    owners.append(var.pyname)
        flags = [self.held_test(pyname) for pyname in owners]
        if not flags or not all(f.isidentifier() for f in flags):
            return False  # (a variable some call may assign, an object some delete may
            # free: tested at each call)
        self.compile_twice(flags, "direct_held", owners, compile_it)
        return True

    def compile_twice(self, tests: list[str], mode: str, owners: list[str],
                      compile_it: Callable[[], None]) -> None:
        """A statement compiled under `if <tests>:` with the attribute `mode`
        (`typed_held`, `direct_held`) holding `owners`, then under `else:` as before."""
        self.out.emit(f"if {' and '.join(tests)}:")
        self.out.indent()
        setattr(self, mode, frozenset(owners))
        try:
            compile_it()
        finally:
            setattr(self, mode, frozenset())
        self.out.dedent()
        self.out.emit("else:")
        self.out.indent()
        compile_it()
        self.out.dedent()

    def direct_bounds(self, e: N.Call) -> Bounds:
        """The bounds of a method called directly in the statement being compiled: those
        of the version called, known once it is compiled (bodies.py)."""
        version = self.direct_versions.get(id(e))
        return UNKNOWN if version is None else self.prog.ret_bounds.get(id(version), UNKNOWN)

    def number_target(self, s: N.Assign) -> bool:
        """Is `s` `var = e` / `var += e` / `var -= e` into a declared local number?"""
        target = s.target
        if s.op not in ("=", "+=", "-=") or type(target) is not N.Name \
                or self.prog.refs.of(target) is not Ref.VAR:
            return False
        var = self.scope.lookup(fold(target.name))
        return var is not None and not var.implicit and var.stype in (S.INT, S.REAL)
