"""`EXTERN clPlanning` / `EXTERNE clPlanning` in a procedure: a variable declared elsewhere
(a window's, the project's, another element's global) that the code uses by name, which
the compiler of WINDEV takes on trust. PC SOFT's own examples write it (WD Congés et RTT's
AjoutePlage: `externe clPlanning` then `clPlanning:AjoutePlage(...)`; WW_Emprunt's
FinEchéancier: `extern TABLE_ECHEANCIER_MENSUEL`). The check read the name as undeclared
(WL101); the names of the line are now noted here, and a name noted is not reported
undeclared in the rest of the procedure (undeclared_names.py). When the program runs,
the name is the variable of that name the program has, or an empty variant as any
undeclared name (docs/semantics.md "EXTERN names").
"""
from __future__ import annotations

__all__ = ["declare_extern"]

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.words import EXTERN_WORDS as _EXTERN

if TYPE_CHECKING:
    from .checker import FunctionChecker



def declare_extern(fc: "FunctionChecker", s: N.Label) -> None:
    """Note the names (folded) of an `EXTERN a, b` line (the label's text: the word then
    the names) in `fc.externs`, which undeclared_names.py reads."""
    words = s.name.split()
    if len(words) < 2 or fold(words[0]) not in _EXTERN:
        return
    fc.externs = fc.externs | {fold(name) for name in words[1:]}
