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

import re

__all__ = ["unknown_attributes", "ATTRIBUTE", "attribute_words", "attribute_named",
           "attribute_width"]

from typing import TYPE_CHECKING

from ..lazy_regex import lazy_compile
from ..syntax import nodes as N
from ..syntax.names import fold

if TYPE_CHECKING:
    from .checker import FunctionChecker

# the first word of each attribute known, folded (`<thread principal>`: thread)
_KNOWN = frozenset({"get", "set", "lecture", "ecriture", "extension", "utile", "useful",
                    "zombie", "thread", "automatique", "automatic", "timer", "delai",
                    "delay", "async", "asynchrone",
                    # UI and business code told apart (?1511025 "IHM / UI"; real code:
                    # wxFirebaseSDK's `<métier>`, `<UI>`): nothing to run
                    "ihm", "ui", "metier", "business"})
_SHOWN = ("<get>, <set>, <lecture>, <écriture>, <extension>, <utile>/<useful>, <zombie>, "
          "<thread ...>, <automatique>/<automatic>, <timer>, <délai>/<delay>, "
          "<IHM>/<UI>, <métier>/<business>")
_ATTRIBUTE = lazy_compile(r"<\s*([^\W\d][\w]*)[^<>]*>")
# each attribute of `<utile, thread principal>` (several in one pair of brackets)
_WORD_AFTER_COMMA = lazy_compile(r",\s*([^\W\d][\w]*)")
# a parameter's: unused without a warning, or the kind of project element it names
_PARAMETER = frozenset({"utile", "useful", "fenetre", "window", "page", "etat", "report",
                        "requete", "query", "champ", "control", "fichier", "file"})
_PARAMETER_SHOWN = ("<utile>/<useful>, and the kind of element named: <fenêtre>/<window>, "
                    "<page>, <état>/<report>, <requête>/<query>, <champ>/<control>, "
                    "<fichier>/<file>")
_STRING = lazy_compile(r'"[^"\n]*"')


def unknown_attributes(fc: "FunctionChecker", p: N.Procedure) -> None:
    """WL222 at each attribute of the header whose first word is no attribute known
    (`<statique>` after the parameters, `<optional>` after one, `<utile, statique>`):
    the run ignores it.
    A header whose parameters go on over lines is read to its `)`."""
    lines = fc.rep.lines
    if _plain_header(lines, p):
        return
    parts = _parameter_parts(lines, p)
    if p.params:
        for line, text, lo, hi in parts:
            if text.find("<", lo, hi) >= 0:
                _parameter_attributes(fc, p, line, text, lo, hi)
    if not any(m.startswith("<") for m in p.modifiers):
        return  # (most procedures have no attribute)
    if parts:  # after the parameters' `)`
        line, text, _, start = parts[-1]
    else:
        line, start = p.line, p.col - 1
        text = lines[line - 1] if 0 < line <= len(lines) else ""
    for m in _ATTRIBUTE.finditer(text, start):
        if text.find("//", start, m.start()) >= 0:
            return  # a comment: no attribute after it
        for word, at in _words(m):
            if fold(word) not in _KNOWN:
                fc.rep.report("WL222", f"unknown procedure attribute {_named(m, word, at)}: "
                              f"it is ignored", p, _width(m, word, at), line=line,
                              col=at + 1, hint=f"the attributes known: {_SHOWN}")


def _plain_header(lines: list[str], p: N.Procedure) -> bool:
    """Is there nothing to read: no attribute after the header, and a header line without
    `<` that closes its parameters' `(` (no text literal nor comment on it to skip)? Most
    headers are such; `_parameter_parts` walks the header character by character."""
    if any(m.startswith("<") for m in p.modifiers):
        return False
    first = lines[p.line - 1] if 0 < p.line <= len(lines) else ""
    if "<" in first:
        return False
    lo = first.find("(", p.col - 1)
    rest = first[lo:]
    return lo < 0 or '"' not in rest and "//" not in rest and rest.count("(") == rest.count(")")


def _parameter_attributes(fc: "FunctionChecker", p: N.Procedure, line: int, text: str,
                          lo: int, hi: int) -> None:
    """WL222 at each attribute written among the header's parameters on `text` (from
    `lo` to `hi`) that no parameter takes; a text literal (a default value) is not read."""
    plain = _STRING.sub(lambda m: " " * len(m.group(0)), text[:hi])
    for m in _ATTRIBUTE.finditer(plain, lo):
        for word, at in _words(m):
            if fold(word) not in _PARAMETER:
                fc.rep.report("WL222", f"unknown parameter attribute {_named(m, word, at)}: "
                              f"it is ignored", p, _width(m, word, at), line=line,
                              col=at + 1, hint=f"a parameter's attributes known: "
                              f"{_PARAMETER_SHOWN}")


def _words(m: "re.Match[str]") -> list[tuple[str, int]]:
    """The first word of each attribute in `<...>` and where it is: one, or several
    separated by commas (`<utile, thread principal>`: utile, thread; INFERRED, the form
    a member's attributes take, `<serialize=faux, mapping=x>`). A text literal's commas
    (`<zombie comment="a, b">`) are not read."""
    words = [(m.group(1), m.start())]  # (the first: at its `<`)
    inner = _STRING.sub(lambda s: " " * len(s.group(0)), m.group(0))
    words += [(w.group(1), m.start() + w.start(1)) for w in _WORD_AFTER_COMMA.finditer(inner)]
    return words


def _width(m: "re.Match[str]", word: str, at: int) -> int:
    """How many characters the caret marks: the whole `<...>`, or the word in it."""
    return len(m.group(0)) if at == m.start() else len(word)


def _named(m: "re.Match[str]", word: str, at: int) -> str:
    """The attribute as a message names it: `'<statique>'`, or `'statique' in '<utile,
    statique>'` when it is not the first of its brackets."""
    if at == m.start():
        return f"'{m.group(0)}'"
    return f"'{word}' in '{m.group(0)}'"


# the lines a header's parameter list is read over, at most
_HEADER_LINES = 40


def _parameter_parts(lines: list[str], p: N.Procedure) -> list[tuple[int, str, int, int]]:
    """(line number, text, from, to) of each line the header's parameter list covers,
    from its `(` to just after its `)` on the last (text literals and comments are not
    read for them); [] when the header has no `(`."""
    first = lines[p.line - 1] if 0 < p.line <= len(lines) else ""
    lo = first.find("(", p.col - 1)
    if lo < 0:
        return []
    parts: list[tuple[int, str, int, int]] = []
    depth = 0
    for line in range(p.line, min(len(lines), p.line + _HEADER_LINES) + 1):
        text = lines[line - 1]
        plain = _STRING.sub(lambda m: " " * len(m.group(0)), text)
        end = plain.find("//", lo)
        for i in range(lo, len(plain) if end < 0 else end):
            depth += {"(": 1, ")": -1}.get(plain[i], 0)
            if depth == 0:
                parts.append((line, text, lo, i + 1))
                return parts
        parts.append((line, text, lo, len(text) if end < 0 else end))
        lo = 0
    return parts


# for a variable's attributes (variable_attributes.py): the same reading
ATTRIBUTE, attribute_words, attribute_named, attribute_width = _ATTRIBUTE, _words, _named, _width
