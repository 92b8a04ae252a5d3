"""Names of windows and window controls, told by the prefix WINDEV's code style gives them.

WINDEV code names its windows and controls with a type prefix (`EDT_Name` / `SAI_Nom`
for an edit control, `BTN_OK`, `TABLE_Orders`, `WIN_Main` / `FEN_Principale`...). Outside
the IDE such a name is declared nowhere: `wl check` reports it as a control rather than as
an undeclared variable (WL212, a warning), and `wl run` stops where one is used, with an
error saying what it is (hfsql/hooks.py: undeclared names are looked up when they run).
Decided (docs/check.md, "Window controls"): only an undeclared name with one of these
prefixes and an underscore is taken for a control; a declared variable of such a name is
a variable.
"""
from __future__ import annotations

__all__ = ["control_kind", "control_message", "remember_spelling"]

from .syntax.names import fold

# folded prefix (before the underscore) -> what it names; English and French styles
_PREFIXES: dict[str, str] = {
    **dict.fromkeys(("win", "fen", "iw", "fi"), "window"),
    **dict.fromkeys(("page",), "page"),
    **dict.fromkeys(("edt", "sai", "stc", "lib", "btn", "img", "cbox", "int", "radio", "sel",
                     "list", "liste", "combo", "table", "col", "loop", "zr", "tree", "arbre",
                     "tab", "ong", "pbar", "jauge", "sld", "pot", "cell", "chart", "gr",
                     "htm", "cal", "opt", "menu", "sc", "tb", "rtf", "spin"), "control"),
}


def control_kind(name: str) -> str | None:
    """"window", "page" or "control" when `name` reads as one (`EDT_Name`), else None."""
    head, sep, rest = fold(name).partition("_")
    if not sep or not rest:
        return None
    return _PREFIXES.get(head)


_SPELLINGS: dict[str, str] = {}
"""Folded control-like name -> its spelling in the source (the latest compiled, or read by
an indirection: the program that runs now, when one process compiles several)."""


def remember_spelling(name: str) -> None:
    """Called by the compiler for each undeclared name it compiles: compiled code looks
    names up folded (`edt_name`), and the error about a control should show it as the
    source writes it (`EDT_Name`), not upper-cased. Compile-time only, and only for the
    names that read as controls."""
    if control_kind(name) is not None:
        _SPELLINGS[fold(name)] = name


def control_message(name: str) -> str:
    """The run-time error for a use of such a name (given folded by compiled code: shown
    as the source spells it, remembered when it was compiled; in capitals, as WINDEV's
    style writes prefixes, when unknown)."""
    kind = control_kind(name) or "control"
    where = "in a WEBDEV site" if kind == "page" else "inside a window"
    shown = _SPELLINGS.get(fold(name), name.upper())
    return (f"{kind} {shown}: not available outside the IDE (it exists only "
            f"{where}; wlinterp runs code without windows).")
