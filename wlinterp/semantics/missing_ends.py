"""WL219: an INTERNAL PROCEDURE / PROCÉDURE INTERNE written without its END / FIN.

The parser reads such code with the END put where the procedure's end is plain
(syntax/internal_ends.py, docs/semantics.md "Internal procedure without END"), so that
code ported by hand runs. Where the parser put it is a guess all the same: a line the
author meant after the internal procedure (main code at the body's indentation) becomes
part of it, and runs only when it is called, without a word. WINDEV's compiler refuses
the code (?1514075 gives one syntax, with END). So `wl check` warns at the header,
naming where the procedure is read to end (*decided*, L 5 Dec 2026 morning).
"""
from __future__ import annotations

__all__ = ["missing_ends"]

from ..syntax import nodes as N
from ..syntax.names import fold
from .reporter import Reporter


def missing_ends(program: N.Program, rep: Reporter) -> None:
    """One WL219 per internal procedure whose END the parser put."""
    for line, col, header, ends, last in program.ended:
        where = f"before line {ends}" if ends else "at the end of the code"
        if last:  # (before the next PROCEDURE: in a .wdg, another element's line)
            where = f"with the procedure around it, after line {last}"
        end = "FIN" if "interne" in fold(header) else "END"
        rep.report("WL219", f"'{header}' has no {end}: it is read as ending {where}; "
                   f"WINDEV's compiler refuses it", None, len(header), line=line, col=col,
                   hint=f"write {end} where it ends")
