"""`wl run`'s warning for a variable read before its declaration, held until the run
tells whether it read it.

`Trace(nCount)` above `nCount is int = 3`: the check finds it (WL101), and the run stops
at that read with "The variable 'nCount' is used before its declaration." Printed before
the run, the warning said the same thing a second time just above the error. *Decided*
(docs/semantics.md, "Variables before their declaration"): such a warning is held; when
the run stops at that very read the error is the one message, otherwise (the read is in
a branch the run did not take, or the run stopped elsewhere) the warning is printed
after the run, or before the other error.
"""
from __future__ import annotations

__all__ = ["split_held", "not_repeated"]

from ..errors import ErrCode, WLRuntimeError
from .analysis import NOT_YET


def split_held(warnings: list[str]) -> tuple[list[str], list[str]]:
    """(the warnings printed before the run, those held: reads before a declaration)."""
    early = [w for w in warnings if NOT_YET not in w]
    return early, [w for w in warnings if NOT_YET in w] if len(early) < len(warnings) else []


def not_repeated(held: list[str], err: WLRuntimeError) -> list[str]:
    """The held warnings that the run's error `err` does not say again (the error of a
    read before its declaration, at the warning's place). A WL226 warning there (a read
    after the END of the block declaring the variable, or in another branch) gives the
    error its words: the declaration is above, so "used before its declaration" said
    the wrong thing."""
    if err.code != ErrCode.UNDECLARED or not held:
        return held
    place = f"{err.filename}:{err.line}:{err.column}: "
    for w in held:
        if w.startswith(place):
            _in_its_words(err, w[len(place):].split("\n", 1)[0])
    return [w for w in held if not w.startswith(place)]


_WARNING = "warning: "
_BLOCK_NOT_RUN = ("where that block did not run, it was never", "that block did not run, so it "
                  "was never")  # (the run stopped there: the block did not run)


def _in_its_words(err: WLRuntimeError, said: str) -> None:
    """`err` ("The variable 's' is used before its declaration.") in the words of the
    WL226 warning `said` (its first line, after the place), when it is one."""
    said = said[len(_WARNING):] if said.startswith(_WARNING) else said
    said = said.replace(f" ({NOT_YET})", "")
    if not said.startswith("'") or " is read after the END " not in said \
            and " is read in another branch " not in said:
        return  # (a WL101: the error's own words say it)
    message = f"The variable {said.replace(*_BLOCK_NOT_RUN)}."
    err.message, err.args = message, (message,)
