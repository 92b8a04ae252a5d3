"""What a loop's held objects need not test at each access, proved when compiling.

A loop that holds an object (member_inline.py `members_held`) keeps it and its members'
dict in two locals and tests, at each access, that the variable still designates that
object (`o is _t4`) and that the object still has that dict (`o.values is _t5`). Each
test can be left out where nothing can make it fail while the loop runs.

**No `delete` can run** (`no_free_during`): `delete` / `libérer` swaps a freed object's
dict for one that stops the run (runtime/object_lifetime.py `free_object`, which only the
compiled `delete` statement calls; nothing else replaces an object's dict once made).
None can run during the loop when:

- the loop's own statements hold no `delete` (its nested blocks included);
- the program cannot make code at run time (Compile, EvaluateExpression, ExecuteCode:
  their names written anywhere as words, comments and strings included, even without a
  call), nor call by indirection (`{...}`); and
- no procedure the loop (its header included) may call, nor any that may run beside it,
  reaches a `delete`: free_graph.py, the program's call graph, says which (every way user
  code runs during a loop: a call, a method, a destructor run by a dropped reference,
  ExecuteProcess, a callback given to a built-in, a procedure variable, another thread).
  The main code runs once, in the main thread: while a loop of the main code runs, its
  other statements do not; a procedure's loop keeps the test when the main code may free
  and the procedure may run in a thread.

**Nothing can give the variable another object** (`stays_during`): a held variable is a
local the loop's statements do not assign (member_inline.py `holdable`). Only a call
given it by address (`P(o)`, a built-in writing its argument back such as an exchange),
an internal procedure of the function, `delete o` (which makes `o` Null), a `MyParameters`
write, or code run by ExecuteCode / EvaluateExpression (it writes back the caller's
locals) could assign it. Where the loop has none of those, the variable designates the
same value from the loop's start to its end, and `o is _t4` is tested once, before it.

Not in the REPL (a later input may declare a procedure that frees).
"""
from __future__ import annotations

__all__ = ["FreeSites", "Held", "free_sites", "no_free_during", "stays_during"]

import re
from typing import TYPE_CHECKING

from ..errors import WLSyntaxError
from ..lazy_regex import lazy_compile
from ..records import record
from ..semantics.facts import assigned_by, facts, loop_facts
from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import sub_exprs, walk_expr

if TYPE_CHECKING:
    from ..runtime.types import TypeSpec
    from .free_graph import FreeGraph
    from .receiver_types import Classes
    from ..registry import Registry
    from ..runtime.types import StructDef
    from .base import CompilerBase

# the names of the built-ins that make code at run time, as whole words, any case and
# accents (dynamic_names.py's calls, and any other mention: a procedure variable given
# the built-in, a string naming it, a comment)
_DYNAMIC_WORDS = lazy_compile(r"(?<!\w)(?:compile|[eé]valu(?:at)?eexpression|ex[eé]cutecode)"
                              r"(?!\w)", re.IGNORECASE)
_MYPARAMS = ("myparameters", "mesparametres")
_SELF = ("objet", "object")  # a method's own object (compiler/program.py)


@record
class FreeSites:
    """Whether the program may run a `delete`: `anywhere` (a `delete` is written, or code
    is made at run time), `dynamic`: code may be made or names reached at run time
    (Compile, ExecuteCode, EvaluateExpression, indirection); `graph`: which code reaches
    a `delete`, built on the first loop that asks (only when one is written)."""

    anywhere: bool
    dynamic: bool
    program: N.Program
    registry: "Registry"
    graph: "FreeGraph | None" = None


@record
class Held:
    """A variable a loop holds: its Python name and class, whether a `delete` may run
    during the loop (`freeable`: test the members' dict too) and whether the variable
    surely keeps its value (`fixed`: `o is _t4` tested once, into `flag`); the locals
    keeping the object, its dict and that flag are named on first use."""

    pyname: str
    sdef: "StructDef"
    freeable: bool
    fixed: bool
    obj: str = ""
    values: str = ""
    flag: str = ""


def free_sites(program: N.Program, session: object, registry: "Registry") -> FreeSites:
    """Whether `program` may free an object (computed once per compilation)."""
    if session is not None or program.uses_indirection \
            or _DYNAMIC_WORDS.search(program.source or "") is not None:
        return FreeSites(True, True, program, registry)
    main = facts(program.main)
    anywhere = main.frees or any(facts(p.body).frees for p in program.procedures)
    return FreeSites(anywhere, False, program, registry)


def no_free_during(fc: "CompilerBase", loop: N.For | N.ForEach | N.While) -> bool:
    """Can no `delete` run while `loop`, being compiled by `fc`, runs?"""
    sites = fc.prog.frees
    if not sites.anywhere:
        return True
    if sites.dynamic or loop_facts(loop.body).frees:
        return False
    from .free_graph import free_graph, loop_uses  # (only for a program that frees)
    if sites.graph is None:
        sites.graph = free_graph(sites.program, sites.registry, _classes(fc))
    graph = sites.graph
    if graph.aside_frees:
        return False
    proc = fc.proc.node if fc.proc is not None else None
    if graph.frees_from(loop_uses(graph, loop, sites.program, proc)):
        return False
    return fc.scope is fc.prog.main_scope or not graph.main_frees \
        or fold(fc.scope.name) not in graph.aside


def _classes(fc: "CompilerBase") -> "Classes":
    """The program's types as the call graph reads them: a declared type (the
    compiler's reading of it; None for one it refuses), the structures and classes, and
    each class's lineage."""
    from .receiver_types import Classes
    prog = fc.prog
    structs = prog.structs

    def spec_of(text: str, node: N.Node) -> "TypeSpec | None":
        try:
            return prog.parse_spec(text, node)
        except WLSyntaxError:  # (its declaration's own compilation reports it)
            return None
    return Classes(spec_of, structs, {key: sdef.lineage() for key, sdef in structs.items()
                                      if sdef.is_class})


def stays_during(fc: "CompilerBase", loop: N.For | N.ForEach | N.While, name: str) -> bool:
    """Does the local `name` (folded; `objet` for a method's own object), which the
    statements of `loop` do not assign, keep its value while `loop` runs (its header's
    expressions, evaluated after the holding, included)?"""
    block = loop_facts(loop.body)
    names = _SELF if name in _SELF else (name,)
    if fc.scope.procs or block.frees or fc.prog.frees.dynamic \
            or any(w in block.referenced for w in _MYPARAMS) \
            or not block.assigned.isdisjoint(names) \
            or not assigned_by(loop).isdisjoint(names) \
            or any(fold(declared) in names for declared, _ in block.decls):
        return False
    header = [x for e in sub_exprs(loop) for x in walk_expr(e) if type(x) is N.Call]
    return not any(_names(a, names) for call in (*block.calls, *header) for a in call.args)


def _names(arg: N.Expr, names: tuple[str, ...]) -> bool:
    """Is the argument `arg` one of the variables `names` (folded), which a call may then
    assign: `P(o)`, or its address `P(&o)`?"""
    if type(arg) is N.AddressOf:
        arg = arg.target
    return type(arg) is N.Name and fold(arg.name) in names
