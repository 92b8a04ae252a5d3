"""A range of MyParameters passed on (`P(x, MyParameters[2 TO])`): that many arguments,
counted when the call runs, and, where the compiler can tell which parameter each value
is, the callee's by-reference parameters given back into this procedure's own
(docs/semantics.md, MyParameters)."""
from __future__ import annotations

__all__ = ["SpreadMixin"]

from typing import TYPE_CHECKING

from ..runtime.kinds import SType
from ..semantics.symbols import ProcInfo
from ..syntax import nodes as N
from .base import CompilerBase, RefNames as Ref
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from ..semantics.call_counts import spread_rank
else:
    on_first_call(globals(), "..semantics.call_counts", "spread_rank")


class SpreadMixin(CompilerBase):
    """Arguments that are ranges of MyParameters (mixed into the function compiler)."""

    if TYPE_CHECKING:  # the expression compiler's own
        def x_Substr(self, e: N.Substr) -> tuple[str, SType]: ...

    def spread_args(self, args: list[N.Expr], proc: ProcInfo) -> list[str]:
        """spread_arg for each argument of a call to the program's procedure `proc`."""
        if all(type(a) is not N.Substr for a in args):  # (most calls)
            return [""] * len(args)
        # several syntaxes: the dispatcher counts, by the syntaxes it can choose
        required, most = proc.arity() if proc.overloads is None else (0, None)
        return [self.spread_arg(a, proc.node.name, len(args) - 1, required, most)
                for a in args]

    def spread_arg(self, arg: N.Expr, shown: str, fixed: int, required: int,
                   most: int | None) -> str:
        """`P(x, MyParameters[2 TO])`: a range of the procedure's parameters given to a
        call is that many arguments (decided, docs/semantics.md: real code passes its
        own parameters on this way), checked against P's `required`/`most` when run;
        "" for any other argument."""
        if not isinstance(arg, N.Substr) or not self.is_spread(arg):
            return ""
        return (f"*spread_args({self.x_Substr(arg)[0]}, {shown!r}, {fixed}, {required}, "
                f"{-1 if most is None else most})")

    def is_spread(self, arg: N.Expr) -> bool:
        """Is `arg` a range of MyParameters (`MyParameters[2 TO]`)?"""
        return type(arg) is N.Substr and arg.sliced and type(arg.obj) is N.Name \
            and self.prog.refs.of(arg.obj) is Ref.MYPARAMS

    def spread_target(self, args: list[N.Expr], spread: list[str], k: int,
                      proc: ProcInfo) -> N.Expr | None:
        """Where the value `proc` gives back for its parameter k goes, in a call that
        passes a range of MyParameters on (`spread`: spread_args's codes): an argument
        before the range, or the parameter of this procedure the range gave it
        (semantics/call_counts.py spread_rank); None when that is known only when the
        call runs (a dispatcher: the syntax the values choose decides)."""
        first = next(i for i, code in enumerate(spread) if code)
        if k < first:
            return args[k]
        rank = spread_rank(args, k) if proc.overloads is None else None
        scope = self.myparams_scope()
        if rank is None or scope is not self.scope or not 1 <= rank <= len(
                scope.myparams_names):
            return None
        return self.var_node(args[-1].line, args[-1].col, scope.myparams_names[rank - 1])

    def spread_places(self, args: list[N.Expr]) -> list[tuple[int, N.Expr]]:
        """For a method call (which parameters come back is known when it runs): the
        callee's argument positions a range of MyParameters passed on last covers, each
        with the parameter of this procedure it stands for (spread_rank)."""
        scope = self.myparams_scope()
        if not args or scope is not self.scope or not self.is_spread(args[-1]):
            return []
        names, last = scope.myparams_names, args[-1]
        out: list[tuple[int, N.Expr]] = []
        for k in range(len(args) - 1, len(args) - 1 + len(names)):
            rank = spread_rank(args, k)
            if rank is not None and 1 <= rank <= len(names):
                out.append((k, self.var_node(last.line, last.col, names[rank - 1])))
        return out
