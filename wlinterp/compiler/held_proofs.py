"""What a loop's held objects need not test at each access, proved when compiling.

A loop that holds an object (member_inline.py `members_held`) keeps it and its members'
dict in two locals and tests, at each access, that the variable still designates that
object (`o is _t4`) and that the object still has that dict (`o.values is _t5`). Each
test can be left out where nothing can make it fail while the loop runs.

**No `delete` can run** (`no_free_during`): `delete` / `libérer` swaps a freed object's
dict for one that stops the run (runtime/object_lifetime.py `free_object`, which only the
compiled `delete` statement calls; nothing else replaces an object's dict once made).
None can run during the loop when:

- the loop's own statements hold no `delete` (its nested blocks included), and
- no procedure can run one: no procedure, method (destructors, property accessors),
  internal or anonymous procedure of the program holds a `delete`, and the program
  cannot make code at run time (Compile, EvaluateExpression, ExecuteCode: their names
  written anywhere as words, comments and strings included, even without a call), nor call by
  indirection (`{...}`). Every way user code runs during a loop (a call, a method, a
  destructor run by a dropped reference, ExecuteProcess, a callback given to a built-in,
  another thread, a Python caller of the project) runs one of those procedures; and
- for a loop in a procedure or method: the main code holds no `delete` either (the
  procedure may run in a thread while the main code goes on). The main code runs once,
  in the main thread: while a loop of the main code runs, its other statements do not.

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

from ..lazy_regex import lazy_compile
from ..records import record
from ..semantics.facts import assigned_by, facts, loop_facts
from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import sub_exprs, walk_expr

if TYPE_CHECKING:
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
    """Where the program may run a `delete`: `beyond_main` in some procedure (or code
    made at run time), `in_main` in the main code itself; `dynamic`: code may be made or
    names reached at run time (Compile, ExecuteCode, EvaluateExpression, indirection)."""

    beyond_main: bool
    in_main: bool
    dynamic: bool


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


def free_sites(program: N.Program, session: object) -> FreeSites:
    """Where `program` may free an object (computed once per compilation)."""
    if session is not None or program.uses_indirection:
        return FreeSites(True, True, True)
    if _DYNAMIC_WORDS.search(program.source or "") is not None:
        return FreeSites(True, True, True)
    main = facts(program.main)
    beyond = any(facts(p.body).frees for p in program.procedures) \
        or any(facts(p.body).frees for p in main.procedures)
    return FreeSites(beyond, main.frees, False)


def no_free_during(fc: "CompilerBase", body: list[N.Stmt]) -> bool:
    """Can no `delete` run while the loop of `body`, being compiled by `fc`, runs?"""
    if loop_facts(body).frees:
        return False
    sites = fc.prog.frees
    if sites.beyond_main:
        return False
    return fc.scope is fc.prog.main_scope or not sites.in_main


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
