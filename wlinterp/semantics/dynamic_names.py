"""Names of procedures the program compiles at run time (`Compile("Name", code)`).

The help page of Compile (?3013015) says the procedure it makes is "a procedure global
to the project": a later `Name(args)` in the program's own code calls it. Neither `wl
check` nor the compiler can know that procedure before the program runs, so a name the
program passes to Compile as a constant string is accepted as a call (no WL102) and
compiled as a call looked up by name when it runs (runtime/procrefs.py call_compiled),
an error then when Compile has not made it yet. Decided (docs/builtins.md "Dynamic
compilation"): only a literal name counts (a name built at run time cannot be known).
"""
from __future__ import annotations

__all__ = ["calls_compile", "calls_dynamic_code", "compiled_names"]

import re
from ..lazy_regex import lazy_compile
from .lowered import lowered

# a call of Compile; with a literal first argument, that name
_COMPILE_CALL = lazy_compile(r"\bcompile\s*\(", re.IGNORECASE)
_COMPILED_NAME = lazy_compile(r"""\bcompile\s*\(\s*(?:"([^\W\d]\w*)"|'([^\W\d]\w*)')\s*,""",
                            re.IGNORECASE)
# EvaluateExpression / ExecuteCode (stdlib/dynamic_eval.py), any case and accents
_DYNAMIC_CALL = lazy_compile(r"(?<!\w)(?:[eé]valu(?:at)?eexpression|ex[eé]cutecode)\s*\(",
                           re.IGNORECASE)


def calls_compile(source: str) -> bool:
    """Does the program call Compile, written in any case?"""
    return _scanned(source).compile


def calls_dynamic_code(source: str) -> bool:
    """Does the program evaluate code given as text? Such code, like a compiled
    procedure, reads the main code's variables by name: they must all be global."""
    return _scanned(source).dynamic


def compiled_names(source: str) -> frozenset[str]:
    """The folded names the program compiles with a literal name: `Compile("P", code)`."""
    if not calls_compile(source):
        return frozenset()
    from ..syntax.names import fold
    return frozenset(fold(m.group(1) or m.group(2))
                     for m in _COMPILED_NAME.finditer(source))


class _Scan:
    """What one source calls, read once: the semantic pass and the compiler both ask
    (each of the three questions lowered the whole source again). The case-blind
    searches are slow on a long source: they run only where the lowered text holds
    the word (for EvaluateExpression/ExecuteCode, one of the names' endings)."""

    __slots__ = ("source", "compile", "dynamic")

    def __init__(self, source: str) -> None:
        self.source = source
        low = lowered(source)
        self.compile = "compile" in low and _COMPILE_CALL.search(source) is not None
        self.dynamic = ("eexpression" in low or "utecode" in low) and \
            _DYNAMIC_CALL.search(source) is not None


_LAST: list[_Scan] = [_Scan("")]  # the source asked about last (the same object is asked again)


def _scanned(source: str) -> _Scan:
    """The scan of `source`: the last one when the same text object is asked again."""
    scan = _LAST[0]
    if scan.source is not source:
        scan = _LAST[0] = _Scan(source)
    return scan
