"""Members of objects and structures read and written inline: `o.x`, `o.x = v` and a
method's own `x`, where the object is a variable declared of a class or structure that
has the member x.

Through the runtime (`get_member` / `set_member`, runtime/access.py) each access is a
call, and a write looks up `wl_set_named` (a miss), scans the class's members for the
member's type and converts through two layers: about half of bench_core.py's "object
members" workload. Here the compiler, which knows the declared class and the member's
type, writes the common case as Python: a read is the object's own value when the value
is a structure or object that has the member (what get_member itself does for it); a
write converts and stores when the object is of exactly that class (so the member's type
is the one known here), as WLStruct.wl_set would. Anything else (Null, an object of a
derived class for a write, a value of another kind) takes the runtime's path unchanged,
so no behaviour moves: only the speed of the common case. An object reached otherwise
(`arr[i].x`, `f().x`) keeps the call: inline, it would be held in a temporary, which keeps
it alive after the statement (its destructor would run late).

In a loop, those tests are made once, before it (`members_held`): for each variable of a
class or structure whose members the loop reads or writes, and which is surely assigned
there (declared before the loop in a block around it), two locals keep the object and
its members' dict when it is a plain object of exactly that class, and each access in the
loop tests that the variable still designates that object (`o is _h1`: the loop may
assign it) and that the object still has that dict (`o.values is _d1`: `delete` /
`libérer`, anywhere in the loop or in what it calls, swaps a freed object's dict for one
that stops the run, runtime/object_lifetime.py) before using the dict; otherwise it takes
the path above. Where no `delete` can run during the loop the second test is left out,
and where nothing can assign the variable the first is made once, before the loop, into
a flag (the proofs: held_proofs.py). An object's class never changes (runtime/containers.py WLStruct), and a
plain object has no destructor (WLObject is another type), so keeping it in a local
changes nothing else.
"""
from __future__ import annotations

__all__ = ["MemberInlineMixin", "int_member", "reads_member"]

from contextlib import contextmanager
from typing import TYPE_CHECKING, Iterator

from ..lazy_regex import lazy_compile
from ..runtime.kinds import KindNames as Kind
from ..syntax import nodes as N
from ..semantics.facts import loop_facts
from ..syntax.names import fold
from .base import CompilerBase
from .held_proofs import Held, no_free_during, stays_during
from .ranges import INT_MAX, INT_MIN, Bounds, is_int32, range_check

if TYPE_CHECKING:
    from ..runtime.types import StructDef, TypeSpec


class MemberInlineMixin(CompilerBase):
    """Inline reads and writes of declared members (mixed into the function compiler)."""

    def declared_struct(self, obj: N.Expr) -> "StructDef | None":
        """The class or structure `obj` is declared of, when the program declares it."""
        spec = self.static_spec(obj)
        if spec is None or spec.kind != Kind.STRUCT:
            return None
        return self.prog.structs.get(spec.name)

    def member_read(self, sdef: "StructDef | None", obj: str, key: str, shown: str) -> str:
        """`obj.key` read: inline when `obj` is a variable declared of the class or
        structure `sdef` and it has a member `key`; `shown`: get_member's optional third
        argument. (A temporary holding an object would keep it alive: its destructor
        would run late.)"""
        call = f"get_member({obj}, {key!r}{shown})"
        if sdef is None or not obj.isidentifier() or sdef.member_type(key) is None:
            return call
        inline = f"({obj}.values[{key!r}] if type({obj}) is WLStruct and {key!r} in {obj}.values else {call})"
        held = self.held_for(obj, sdef)
        if held is None:
            return inline
        if obj in self.typed_held and int_member(sdef, key):
            code = f"{held[1]}[{key!r}]"  # the statement tested `obj is` its object
            self.typed_reads.add(code)
            return code
        return f"({held[1]}[{key!r}] if {self.held_test(obj)} else {inline})"

    def member_store(self, target: N.Member, obj: str, key: str, code: str,
                     known: Bounds | None = None) -> bool:
        """`obj.key = code` written inline (True) when `obj` is a variable declared of a
        class or structure with a member `key`: stored converted when the object is of
        exactly that class, else through set_member. `known`: the bounds of `code` when
        it is an int."""
        sdef = self.declared_struct(target.obj)
        spec = sdef.member_type(key) if sdef is not None else None
        if sdef is None or spec is None or not obj.isidentifier() \
                or not (_plain(code) or self.stays(target.obj, obj, code)):
            return False
        held = self.held_for(obj, sdef)
        if held is not None:
            self.out.emit(f"if {self.held_test(obj)}:")
            self.out.indent()
            self.out.emit(f"{held[1]}[{key!r}] = {self.converted(spec, code, known)}")
        else:
            self.out.emit(f"if type({obj}) is WLStruct and {obj}.sdef is "
                          f"{self.prog.struct_ref(sdef)}:")
            self.out.indent()
            self.out.emit(f"{obj}.values[{key!r}] = {self.converted(spec, code, known)}")
        self.out.dedent()
        self.out.emit("else:")
        self.out.indent()
        self.out.emit(f"set_member({obj}, {key!r}, {code}, _ctx, {target.name!r})")
        self.out.dedent()
        return True

    @contextmanager
    def members_held(self, loop: N.For | N.ForEach | N.While) -> Iterator[None]:
        """While `loop`'s body is compiled, the variables whose members it may read and
        write inline get their object and members' dict kept in two locals, tested and
        assigned once before the loop (a line inserted there if an access used them);
        what the accesses test: held_proofs.py."""
        mark, start = self.out.mark(), len(self.held)
        unfreed: bool | None = None
        for pyname, name, sdef in self.holdable(loop.body):  # (locals named when first used)
            if unfreed is None:
                unfreed = no_free_during(self, loop)
            self.held.append(Held(pyname, sdef, not unfreed, stays_during(self, loop, name)))
        try:
            yield
        finally:
            mine = self.held[start:]
            del self.held[start:]
            for h in reversed(mine):
                if h.obj:  # used
                    py = h.pyname
                    if h.flag:
                        self.out.insert(mark, f"{h.flag} = {py} is {h.obj}")
                    self.out.insert(mark, (
                        f"{h.obj}, {h.values} = ({py}, {py}.values) if type({py}) is "
                        f"WLStruct and {py}.sdef is {self.prog.struct_ref(h.sdef)} and "
                        f"type({py}.values) is dict else (WLStruct, None)"))

    def holdable(self, body: list[N.Stmt]) -> Iterator[tuple[str, str, "StructDef"]]:
        """The variables of a class or structure the loop `body` names and does not
        assign (a loop that gives the variable a new object each time keeps the tests of
        each access), which are surely assigned when it starts (declared in a block
        around it, before it: no GOTO may jump over the declaration) and not held by an
        enclosing loop already; the current object in a method: (Python name, folded
        name, class). (WLStruct, which no object is, stands for none.)"""
        if self.labelled:
            return
        held = {h.pyname for h in self.held}
        declared = self.declared_here
        facts = loop_facts(body)
        for name in sorted(facts.referenced - facts.assigned):  # (a set: same code each run)
            var = self.scope.lookup(name)
            if var is None or var.pyname not in declared or var.pyname in held \
                    or var.spec.kind != Kind.STRUCT or var.is_global:
                continue
            sdef = self.prog.structs.get(var.spec.name)
            if sdef is not None:
                yield var.pyname, name, sdef
        owner = self.current_class()
        if owner is not None and "a__objet" not in held \
                and self.scope.method_owner() is self.scope:
            sdef = self.prog.structs.get(fold(owner))
            if sdef is not None:
                yield "a__objet", "objet", sdef

    def held_for(self, obj: str, sdef: "StructDef") -> tuple[str, str] | None:
        """The locals keeping `obj`'s object and members' dict in the loops being
        compiled, when it is held as of class `sdef` (named on the first use)."""
        for h in reversed(self.held):
            if h.pyname == obj:
                if h.sdef is not sdef:
                    return None
                if not h.obj:
                    h.obj, h.values = self.temp(), self.temp()
                    if h.fixed:
                        h.flag = self.temp()
                return h.obj, h.values
        return None

    def held_test(self, obj: str) -> str:
        """The test that the variable `obj`, held (its locals named), still designates
        the object held (`o is _t4`, or the flag where that was tested before the loop)
        with the dict held (`o.values is _t5`, left out where no `delete` can run during
        the loop): held_proofs.py."""
        h = next(h for h in reversed(self.held) if h.pyname == obj)
        same = h.flag or f"{obj} is {h.obj}"
        return f"{same} and {obj}.values is {h.values}" if h.freeable else same

    def stays(self, node: N.Expr, obj: str, code: str) -> bool:
        """Does the variable `obj` (the code of `node`) still designate the same value
        once `code` has run? The call `set_member(obj, ..., code)` reads it first, the
        inline store after the value: they agree unless `code` assigns the variable (a
        parameter given by address) or calls what may (an internal procedure, for a
        local; any procedure, for a global)."""
        if not isinstance(node, N.Name) or f"({obj} :=" in code or self.scope.procs:
            return False
        var = self.scope.lookup(fold(node.name))
        return var is not None and var.pyname == obj and var.owner is self.scope \
            and not var.is_global

    def converted(self, spec: "TypeSpec", v: str, known: Bounds | None) -> str:
        """`v` converted for a member of type `spec`, as `spec.coerce` converts it
        (runtime/types.py `coerce`): an int and a string inline, any other type through
        coerce itself. `known`: `v`'s bounds when it is an int. A value that is not a
        name or a literal is converted by a call (a temporary would keep an object
        alive)."""
        if spec.nullable or spec.name or spec.dims:
            return f"coerce({v}, {self.prog.spec_ref(spec)}, _ctx)"
        plain = _plain(v)
        if spec.kind == Kind.INT and spec.bits == 32 and not spec.unsigned:
            if known is not None and known[0] is not None and known[1] is not None \
                    and INT_MIN <= known[0] and known[1] <= INT_MAX:
                return v  # an int in the range already (a FOR counter, an int variable)
            if known is not None and plain:
                return f"({v} if {INT_MIN} <= {v} <= {INT_MAX} else wrap32({v}))"
            if known is not None:  # an int: a temporary holding it keeps no object
                return range_check(self.temp(), v, known)
            return (f"({v} if type({v}) is int and {INT_MIN} <= {v} <= {INT_MAX} "
                    f"else co_int32({v}))") if plain else f"co_int32({v})"
        if spec.kind == Kind.STRING:
            return f"({v} if type({v}) is str else to_str({v}))" if plain else f"to_str({v})"
        return f"coerce({v}, {self.prog.spec_ref(spec)}, _ctx)"


def int_member(sdef: "StructDef", key: str) -> bool:
    """Is `key` a member of `sdef` declared a plain 4-byte `int` (not Null-able, no
    array), which every store converts to an int of 32 bits? (Not one that a
    `Constructor m_x(...)` names: it is Null until that statement fails.)"""
    spec = sdef.member_type(key)
    return spec is not None and is_int32(spec) and not spec.nullable and not spec.dims \
        and key not in sdef.constructed


_INLINE_READ = lazy_compile(r"\((?:\w+\.values|_t\d+)\[")


def reads_member(code: str) -> bool:
    """Is `code` a member read (the call, its inline form, or the held form a loop
    holding the object reads: `(_t2['d'] if _t3 else ...)`), whose static type is the
    member's declared one where that matters (a Date member: exprs.py timed_type)? In a
    loop, `o.d + 1` was a concatenation ("202503011") where outside it was a day later."""
    return code.startswith(("get_member(", "class_static_get(")) \
        or _INLINE_READ.match(code) is not None  # (a global member through an object too)


def _plain(code: str) -> bool:
    """Is `code` a name or a literal number: read twice, with nothing run?"""
    return code.isidentifier() or code.lstrip("-").replace(".", "", 1).isdigit()
