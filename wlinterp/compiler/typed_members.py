"""Int members read without a type test: a statement in a loop that reads `int` members
of objects the loop holds (member_inline.py `members_held`) is compiled twice, once for
when every such object is still the one held with its members' dict (one freed by
`delete` has another: runtime/object_lifetime.py; either test left out, or made once
before the loop, where held_proofs.py proves it cannot fail), once as before:

    if v_o is _t4 and v_o.values is _t5 and v_p is _t7 and v_p.values is _t8:
        v_t = (_t11 if -2147483648 <= (_t11 := v_t + _t5['x'] + _t8['x']) <= ... )
    else:
        v_t = <the general code>

In the first version a read `o.x` is the held object's own value, `_t5['x']`, with the
static type `int` and the bounds of a 32-bit int, so the operators around it need no
`type(...) is int` test and a store into an int tests only the range.

Why that is sound: the held object is of exactly the declared class (its `sdef` is the
program's own StructDef, tested before the loop) and every store into a member of such an
object converts to the member's type (runtime/containers.py `WLStruct.wl_set`, the
constructors and defaults of runtime/objects.py, `<=` and `=` between objects in
runtime/assignment.py, deserialisation, reflection, JSON and the inline stores of
member_inline.py: docs/performance.md lists them, and
tests/core/test_typed_member_stores.py runs every golden program with a values dict
that refuses an `int` member holding anything but an int of 32 bits). The statement
runs no user code (no call, no indirection, no procedure named alone, no method or
property named without parentheses), and the function has no internal procedure, so
nothing can give a held variable another object between the statement's test and its
reads: the held variables are locals, and only a call given one by address, or an
internal procedure, could assign them. Not in the REPL (a later input may redefine the
class), nor deeper than CPython's nesting allows with the added `if`.
"""
from __future__ import annotations

__all__ = ["TypedMemberMixin"]

from typing import Callable

from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import walk_expr
from .base import RefNames as Ref
from .direct_methods import DirectMethodMixin
from .member_inline import int_member

# the expressions a versioned statement may hold: none of them runs user code
_PLAIN = frozenset({N.Num, N.Str, N.Const, N.BinOp, N.Compare, N.Logic, N.Unary})
_DEEPEST = 12  # indentation levels: CPython refuses 20 nested blocks (lazy.py)


class TypedMemberMixin(DirectMethodMixin):
    """Statements compiled with their held objects' int members known to be ints."""

    def typed_statement(self, s: N.Assign, compile_it: Callable[[], None]) -> bool:
        """Compile `s` in two versions when it reads int members of held objects (True);
        False, nothing emitted, when it does not qualify."""
        if self.typed_held or self.direct_held or self.out.level > _DEEPEST or self.scope.procs \
                or self.prog.session is not None:
            return False
        held = self.typed_owners(s)
        if not held:
            return False
        self.compile_twice([self.held_test(pyname) for pyname in held], "typed_held",
                           held, compile_it)
        return True

    def typed_owners(self, s: N.Assign) -> list[str]:
        """The held variables (Python names, each already given its locals) whose int
        members `s` reads, when `s` is `var = e` / `var += e` / `var -= e` into a declared
        local number and `e` runs no user code; [] otherwise."""
        if not self.number_target(s):
            return []
        owners: list[str] = []
        for e in walk_expr(s.value):
            t = type(e)
            if isinstance(e, N.Member) and t is N.Member:
                if self.prog.refs.get(e) is not None or type(e.obj) is not N.Name:
                    return []
                owner = self.typed_owner(e)
                if owner is not None and owner not in owners:
                    owners.append(owner)
            elif isinstance(e, N.Name) and t is N.Name:
                ref = self.prog.refs.of(e)
                if ref is Ref.MEMBER:
                    owner = self.typed_owner(e)
                    if owner is None:
                        return []  # (a property of the current object, say)
                    if owner not in owners:
                        owners.append(owner)
                elif ref is not Ref.VAR and ref is not Ref.CONSTANT:
                    return []  # a procedure named alone is called
            elif t not in _PLAIN:
                return []
        return owners

    def typed_owner(self, e: N.Member | N.Name) -> str | None:
        """The held variable (Python name) whose `int` member `e` reads (`o.x`, or `x`
        in a method of the class), naming its locals; None when `e` is no such read."""
        if type(e) is N.Name:
            key = fold(e.name)
            if self.own_property(key):
                return None
            sdef = self.prog.structs.get(fold(self.current_class() or ""))
            pyname = "a__objet"
        else:
            assert isinstance(e, N.Member)
            key = fold(e.name)
            if key in self.prog.properties or key in self.prog.methods_only:
                return None
            var = self.scope.lookup(fold(e.obj.name)) if type(e.obj) is N.Name else None
            if var is None:
                return None
            sdef = self.declared_struct(e.obj)
            pyname = var.pyname
        if sdef is None or not int_member(sdef, key) or self.held_for(pyname, sdef) is None:
            return None
        return pyname

    def typed_read(self, e: N.Member | N.Name) -> bool:
        """Is `e` read as a held object's int member in the statement being compiled
        (its bounds: those of a 32-bit int)?"""
        return bool(self.typed_held) and self.typed_owner(e) in self.typed_held
