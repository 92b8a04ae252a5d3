"""Extension attributes written after a variable's type (`x is int <immutable>`,
`n est un entier <immuable> = 5`). The lexer kept them apart from the type phrase
(syntax/tokens.py AttributedToken); before, every one was dropped without a word.

- `<immutable>` / `<immuable>`: the variable keeps the value its declaration gives;
  assigning it later is WL106, in check and run, as for a constant (INFERRED: ?1514032
  "Declaring variables" has a section "Attribute immutable" whose text is not stored;
  the word and the section's place among the variable's attributes say what it does).
- `<useful>` / `<utile>`: no warning that the variable is never used (as a parameter's).
- an attribute no variable takes (`<foo>`): WL222, "it is ignored", as after a
  procedure's header; the run ignores it.
Which attributes a variable takes is INFERRED from ?1514032 (useful, immutable, color,
critical section) and ?1511025 (UI/business, browser synchronized, serialization and
mapping, growth)."""
from __future__ import annotations

__all__ = ["check_variable_attributes", "why_immutable", "immutable_write", "immutable_loop",
           "declares_immutable", "check_member_attributes"]

import re
from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..syntax.names import fold
from .procedure_attributes import ATTRIBUTE, attribute_named, attribute_width, \
    attribute_words
from .scopes import Symbol

if TYPE_CHECKING:
    from .checker import FunctionChecker

_IMMUTABLE = frozenset({"immutable", "immuable"})
_USEFUL = frozenset({"useful", "utile"})
# the first word of each attribute a variable takes, folded (`<critical section>`)
_KNOWN = _IMMUTABLE | _USEFUL | frozenset({
    "color", "couleur", "critical", "section", "ihm", "ui", "gui", "metier", "business",
    "browser", "navigateur", "serialize", "serialise", "mapping", "name", "nom", "copy",
    "copie", "growth", "agrandissement"})
_SHOWN = ("<immutable>/<immuable>, <useful>/<utile>, <color>/<couleur>, "
          "<critical section>/<section critique>, <UI>/<IHM>, <business>/<métier>, "
          "<browser synchronized>/<navigateur synchronisé>, <serialize>/<sérialise>, "
          "<mapping>, <growth>/<agrandissement>")


def check_variable_attributes(fc: "FunctionChecker", s: N.Decl) -> None:
    """Act on each attribute of the declaration `s` (its variables are declared): mark
    an immutable or useful variable, WL222 at an attribute no variable takes."""
    for text, line, col in s.attributes:
        m = ATTRIBUTE.match(text)
        if m is None:
            continue
        for word, at in attribute_words(m):
            key = fold(word)
            if key in _IMMUTABLE or key in _USEFUL:
                for name, _, _ in s.names:
                    sym = fc.scope.vars.get(fold(name))
                    if sym is not None:
                        sym.immutable = sym.immutable or key in _IMMUTABLE
                        fc.sym.immutables = fc.sym.immutables or sym.immutable
                        if key in _USEFUL:  # (nothing said of its use)
                            sym.read = sym.written = True
            elif key not in _KNOWN:
                fc.rep.report("WL222", f"unknown variable attribute "
                              f"{attribute_named(m, word, at)}: it is ignored", s,
                              attribute_width(m, word, at), line=line, col=col + at,
                              hint=f"a variable's attributes known: {_SHOWN}")


# a structure's or class's member also takes (?1511025's OOP attributes): `<unique key>`
# / `<clé unique>`, `<association>` / `<associé>`
_MEMBER_KNOWN = _KNOWN | frozenset({"unique", "cle", "association", "associe"})
_MEMBER_SHOWN = _SHOWN + ", <unique key>/<clé unique>, <copy>/<copie>, <name>/<nom>"


def check_member_attributes(fc: "FunctionChecker", d: N.Decl) -> None:
    """WL222 at an attribute no member takes (`m_n is int <foo>`), as for a variable; a
    member's `<immutable>` is read by program_decls.fixed_members."""
    for text, line, col in d.attributes:
        m = ATTRIBUTE.match(text)
        if m is None:
            continue
        for word, at in attribute_words(m):
            if fold(word) not in _MEMBER_KNOWN:
                fc.rep.report("WL222", f"unknown member attribute "
                              f"{attribute_named(m, word, at)}: it is ignored", d,
                              attribute_width(m, word, at), line=line, col=col + at,
                              hint=f"a member's attributes known: {_MEMBER_SHOWN}")


def declares_immutable(s: N.Decl) -> bool:
    """Does the declaration `s` say `<immutable>` / `<immuable>` (the compiler's
    question: an indirection cannot assign its variables, runtime/indirection.py)?"""
    return any(fold(word) in _IMMUTABLE for text, _, _ in s.attributes
               if (m := ATTRIBUTE.match(text)) is not None for word, _ in attribute_words(m))


def why_immutable(sym: Symbol) -> str:
    """Why a variable cannot change, as WL106 says it: declared `<immutable>`, or a FOR
    EACH variable standing for an element of an array so declared."""
    if sym.immutable_of is not None:
        return f"it stands for an element of '{sym.immutable_of}', which is declared " \
            f"immutable: its value is the one its declaration gives"
    return "it is declared immutable, its value is the one its declaration gives"


def immutable_write(fc: "FunctionChecker", x: N.Name, sym: Symbol) -> None:
    """WL106 at `x = ...` when x was declared `<immutable>`: its value is its
    declaration's."""
    fc.rep.report("WL106", f"cannot assign to '{x.name}': {why_immutable(sym)}", x,
                  len(x.name))


def immutable_loop(fc: "FunctionChecker", s: N.For | N.ForEach, name: str) -> None:
    """WL106 at the variable of a FOR or FOR EACH loop declared `<immutable>`: each turn
    assigns it (as for a constant as a loop's variable, assignments.check_loop_constant)."""
    text = fc.rep.lines[s.line - 1] if 0 < s.line <= len(fc.rep.lines) else ""
    found = re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text[s.col - 1:], re.I)
    col = s.col + found.start() if found is not None else s.col
    fc.rep.report("WL106", f"cannot assign to '{name}': it is declared immutable, and a "
                  f"loop's variable is assigned at each turn", s, len(name), col=col)
