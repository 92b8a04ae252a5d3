"""Attributes written after a procedure's header (`PROCEDURE P() <thread>`,
`PROCEDURE C::Name() <get>`): the run reads the few it knows and skips every other one
without a word, so a misspelt or invented attribute (`<statique>`, `<getter>`) changed
nothing and nobody was told. WL222 names it and the attributes known (docs/check.md).
A parameter's attributes are read too (`PROCEDURE P(x is int <utile>)`, `p <fenêtre>`):
WL222 names one no parameter takes (`<optional>`). Which attributes WINDEV accepts is
INFERRED from help pages ?1513008 ("Extension attributes", and the parameter naming the
kind of project element it receives, for the completion) and ?1511025 (the list of
extension attributes), and the real-code corpus: on the header get/set (lecture/
écriture), extension, utile, zombie, thread (principal, sécurisé...), and the automatic
procedure's (automatique, timer, délai); on a parameter utile/useful and the element
kinds (fenêtre/window, page, état/report, requête/query, champ/control, fichier/file)."""
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
# a parameter's: unused without a warning, or the kind of project element it names
_PARAMETER = frozenset({"utile", "useful", "fenetre", "window", "page", "etat", "report",
                        "requete", "query", "champ", "control", "fichier", "file"})
_PARAMETER_SHOWN = ("<utile>/<useful>, and the kind of element named: <fenêtre>/<window>, "
                    "<page>, <état>/<report>, <requête>/<query>, <champ>/<control>, "
                    "<fichier>/<file>")
_STRING = lazy_compile(r'"[^"\n]*"')


def unknown_attributes(fc: "FunctionChecker", p: N.Procedure) -> None:
    """WL222 at each attribute of the header whose first word is no attribute known
    (`<statique>` after the parameters, `<optional>` after one): the run ignores it."""
    lines = fc.rep.lines
    text = lines[p.line - 1] if 0 < p.line <= len(lines) else ""
    start = _after_parameters(text, p.col - 1)
    if p.params and text.find("<", p.col - 1, start) >= 0:
        _parameter_attributes(fc, p, text, start)
    if not any(m.startswith("<") for m in p.modifiers):
        return  # (most procedures have no attribute)
    for m in _ATTRIBUTE.finditer(text, start):
        if text.find("//", start, m.start()) >= 0:
            return  # a comment: no attribute after it
        if fold(m.group(1)) not in _KNOWN:
            fc.rep.report("WL222", f"unknown procedure attribute '{m.group(0)}': it is "
                          f"ignored", p, len(m.group(0)), col=m.start() + 1,
                          hint=f"the attributes known: {_SHOWN}")


def _parameter_attributes(fc: "FunctionChecker", p: N.Procedure, text: str,
                          end: int) -> None:
    """WL222 at each attribute written among the header's parameters (up to `end`, its
    `)`) that no parameter takes; a text literal (a default value) is not read."""
    plain = _STRING.sub(lambda m: " " * len(m.group(0)), text[:end])
    for m in _ATTRIBUTE.finditer(plain, p.col - 1):
        if fold(m.group(1)) not in _PARAMETER:
            fc.rep.report("WL222", f"unknown parameter attribute '{m.group(0)}': it is "
                          f"ignored", p, len(m.group(0)), col=m.start() + 1,
                          hint=f"a parameter's attributes known: {_PARAMETER_SHOWN}")


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
