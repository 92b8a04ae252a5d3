"""WL217: a bare `RESULT` / `RENVOYER` in a procedure that gives a value.

RESULT is the keyword that gives the caller a value; RETURN / RETOUR alone is how a
procedure leaves without one (docs/semantics.md, the RETURN / RESULT entry). A RESULT written
without its value in a procedure declared with a result type, or one that gives a value
with another RESULT or RETURN, is most often a value forgotten: that path gives the caller
Null (the type's default value when a result type is declared) where the others give a
value. *Decided*, a warning: no stored page gives WINDEV's compiler's word on it, and the
run is well defined. A RESULT alone in a procedure that never gives a value is an exit,
as RETURN is (nothing is reported).
"""
from __future__ import annotations

__all__ = ["check_bare_results"]

from typing import TYPE_CHECKING

from ..lazy_regex import lazy_compile
from ..syntax import nodes as N
from ..syntax.names import fold
from .facts import facts

if TYPE_CHECKING:
    from .checker import FunctionChecker


def check_bare_results(fc: "FunctionChecker", p: N.Procedure,
                       bare: tuple[N.Return, ...]) -> None:
    """WL217 at each bare RESULT of `p` (gathered by s_Return) when `p` gives a value."""
    declared = (p.ret_type or "").strip()
    if not declared and not facts(p.body).results:
        return
    shown = f"{p.owner}::{p.name}" if p.owner else p.name
    why = f"is declared to return {declared}" if declared else "gives a value elsewhere"
    gives = "the type's default value" if declared else "Null"
    for s in bare:
        word = _written(fc, s)
        leave = "RETURN" if fold(word) == "result" else "RETOUR"
        fc.rep.report("WL217", f"{word} without a value in '{shown}', which {why}: this "
                      f"path gives the caller {gives}", s, len(word),
                      hint=f"give the value ({word} <value>), or leave with {leave} "
                      "if none is meant")


def _written(fc: "FunctionChecker", s: N.Return) -> str:
    """The keyword as the source spells it (RESULT, Renvoyer, RÉSULTAT...)."""
    lines = fc.rep.lines
    text = lines[s.line - 1] if 0 < s.line <= len(lines) else ""
    word = _WORD.match(text, max(s.col - 1, 0))
    return word.group(0) if word else "RESULT"


_WORD = lazy_compile(r"\w+")
