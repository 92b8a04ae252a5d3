"""Attributes written after a procedure's header (`PROCEDURE P() <thread>`,
`PROCEDURE C::Name() <get>`): the run reads the few it knows and skips every other one
without a word, so a misspelt or invented attribute (`<statique>`, `<getter>`) changed
nothing and nobody was told. WL222 names it and the attributes known (docs/check.md).
Only the header's own attributes are read, not a parameter's (`p <fenêtre>`: the IDE's
completion hints, many and free-form). Which attributes WINDEV accepts is INFERRED from
help page ?1513008 ("Extension attributes") and the real-code corpus: get/set (lecture/
écriture), extension, utile, zombie, thread (principal, sécurisé...), and the automatic
procedure's (automatique, timer, délai)."""
from __future__ import annotations

__all__ = ["unknown_attributes"]

from typing import TYPE_CHECKING

from ..lazy_regex import lazy_compile
from ..syntax import nodes as N
from ..syntax.names import fold

if TYPE_CHECKING:
    from .checker import FunctionChecker

# the first word of each attribute known, folded (`<thread principal>`: thread)
_KNOWN = frozenset({"get", "set", "lecture", "ecriture", "extension", "utile", "useful",
                    "zombie", "thread", "automatique", "automatic", "timer", "delai",
                    "delay", "async", "asynchrone"})
_SHOWN = ("<get>, <set>, <lecture>, <écriture>, <extension>, <utile>/<useful>, <zombie>, "
          "<thread ...>, <automatique>/<automatic>, <timer>, <délai>/<delay>")
_ATTRIBUTE = lazy_compile(r"<\s*([^\W\d][\w]*)[^<>]*>")


def unknown_attributes(fc: "FunctionChecker", p: N.Procedure) -> None:
    """WL222 at each attribute after the header's parameters whose first word is no
    attribute known (`<statique>`): the run ignores it."""
    if not any(m.startswith("<") for m in p.modifiers):
        return  # (most procedures have no attribute)
    lines = fc.rep.lines
    text = lines[p.line - 1] if 0 < p.line <= len(lines) else ""
    start = _after_parameters(text, p.col - 1)
    for m in _ATTRIBUTE.finditer(text, start):
        if text.find("//", start, m.start()) >= 0:
            return  # a comment: no attribute after it
        if fold(m.group(1)) not in _KNOWN:
            fc.rep.report("WL222", f"unknown procedure attribute '{m.group(0)}': it is "
                          f"ignored", p, len(m.group(0)), col=m.start() + 1,
                          hint=f"the attributes known: {_SHOWN}")


def _after_parameters(text: str, start: int) -> int:
    """Where the header's parameter list ends on `text` (after its `)`), or `start`."""
    open_at = text.find("(", start)
    if open_at < 0:
        return start
    depth = 0
    for i in range(open_at, len(text)):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth == 0:
            return i + 1
    return len(text)
