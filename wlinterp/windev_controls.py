"""Names of windows and window controls, told by the prefix WINDEV's code style gives them.

WINDEV code names its windows and controls with a type prefix (`EDT_Name` / `SAI_Nom`
for an edit control, `BTN_OK`, `TABLE_Orders`, `WIN_Main` / `FEN_Principale`...). Outside
the IDE such a name is declared nowhere: `wl check` reports it as a control rather than as
an undeclared variable (WL212, a warning), and `wl run` stops where one is used, with an
error saying what it is (hfsql/hooks.py: undeclared names are looked up when they run).
Decided (docs/check.md, "Window controls"): only an undeclared name with one of these
prefixes written in capitals and an underscore (`EDT_Name`, `SAI_nom`) is taken for a
control; `int_count`, `Edt_Name`, `sai_nom` are variables, as is a declared variable of
such a name.
"""
from __future__ import annotations

__all__ = ["control_kind", "element_style", "control_message", "forget_spellings",
           "remember_spelling", "spelled_kind", "remember_elements"]

from .lazy_regex import lazy_compile
from .syntax.names import fold

# folded prefix (before the underscore) -> what it names; English and French styles
_PREFIXES: dict[str, str] = {
    **dict.fromkeys(("win", "fen", "iw", "fi"), "window"),
    **dict.fromkeys(("page",), "page"),
    **dict.fromkeys(("edt", "sai", "stc", "lib", "btn", "img", "cbox", "int", "radio", "sel",
                     "list", "liste", "combo", "table", "col", "loop", "zr", "tree", "arbre",
                     "tab", "ong", "pbar", "jauge", "sld", "pot", "cell", "chart", "gr",
                     "htm", "cal", "opt", "menu", "sc", "tb", "rtf", "spin", "grp",
                     "tbl", "lbl", "chk", "cmb", "lst"), "control"),
}
# the names the IDE gives a new control, a type word and a number (`Jauge1`, `Libellé2`,
# `Button1`), which older code keeps: folded type word -> what it names
_DEFAULT_NAMES: dict[str, str] = {
    **dict.fromkeys(("libelle", "static", "saisie", "edit", "bouton", "button", "jauge",
                     "gauge", "table", "image", "combo", "liste", "list", "interrupteur",
                     "check", "selecteur", "radio", "onglet", "tab", "arbre", "tree",
                     "calendrier", "calendar", "graphe", "chart", "potentiometre", "slider",
                     "ascenseur", "scrollbar", "zonerepetee", "looper"), "control"),
    **dict.fromkeys(("fenetre", "window"), "window"),
}
_NUMBERED = lazy_compile(r"([^\W\d_]+)(\d+)")
# the words WINDEV gives the element whose code runs (folded), met undeclared in a
# window's or a page's code kept as a script (`// @Evt:` blocks of a WIN_x.wl file):
# `MoiMême..ValeurInitiale` in a button's click. In a method they are the object.
_SELF_WORDS: dict[str, str] = {
    **dict.fromkeys(("myself", "moimeme", "mycontrol", "monchamp"), "control"),
    **dict.fromkeys(("mywindow", "mafenetre"), "window"),
    **dict.fromkeys(("mypage", "mapage"), "page"),
}


def control_kind(name: str) -> str | None:
    """"window", "page" or "control" when `name`, as the source spells it, reads as one
    (`EDT_Name`: the prefix in capitals, as WINDEV's style writes it), else None."""
    head, sep, rest = name.partition("_")
    if not sep or not rest or not head.isupper():
        if name[:1].isupper():
            return _SELF_WORDS.get(fold(name)) or _default_name_kind(name)
        return None
    return _PREFIXES.get(fold(head))


def _default_name_kind(name: str) -> str | None:
    """What a name the IDE gives a new control names (`Jauge1`, `Button2`), else None."""
    m = _NUMBERED.fullmatch(name)
    return _DEFAULT_NAMES.get(fold(m.group(1))) if m else None


def _may_be_control(key: str) -> bool:
    """Could a spelling of the folded name `key` be a control's (`edt_name`)?"""
    head, sep, rest = key.partition("_")
    return bool(sep and rest) and head in _PREFIXES or _default_name_kind(key) is not None \
        or key in _SELF_WORDS


_SPELLINGS: dict[str, str] = {}
"""Folded control-like name -> its spelling in the source (the latest compiled, or read by
an indirection: the program that runs now, when one process compiles several)."""


_KINDS: dict[str, str | None] = {}
"""Folded name -> what its remembered spelling names (spelled_kind's answers)."""


def remember_spelling(name: str) -> None:
    """Called by the compiler for each undeclared name it compiles: compiled code looks
    names up folded (`edt_name`), and whether it is a control, and the error about one,
    go by the name as the source writes it (`EDT_Name` a control, `int_count` not).
    Compile-time only, and only for the names that some spelling makes a control."""
    key = fold(name)
    if not _may_be_control(key) or _SPELLINGS.get(key) == name:
        return
    if key in _SPELLINGS and control_kind(name) is None:
        return  # EDT_Name and Edt_Name are one name: a control if written so once
    _SPELLINGS[key] = name
    _KINDS.pop(key, None)


def forget_spellings() -> None:
    """A new program is compiled (not a REPL input): the names of the one before are not
    its names (`INT_Count`, a control there, does not make `int_count` one here), nor
    are its elements (remember_elements gives the new program's)."""
    _SPELLINGS.clear()
    _KINDS.clear()
    _ELEMENTS.clear()


_ELEMENTS: dict[str, tuple[str, str]] = {}
"""Folded name -> (kind, name) of the windows, pages and reports saved beside the
program that runs (project/elements.py), whatever their names' style."""


def remember_elements(elements: dict[str, tuple[str, str]]) -> None:
    """The run's elements beside it: their names stop the run where they are read, as a
    control's do (`connection`, the page connection.wwh)."""
    _ELEMENTS.clear()
    _ELEMENTS.update(elements)
    _KINDS.clear()


def spelled_kind(key: str) -> str | None:
    """control_kind of the undeclared name `key` (folded, as compiled code gives it) as
    the source spells it, or the kind of the element of that name beside the program; a
    name never compiled nor given by an indirection (so never spelled in capitals) is no
    control."""
    try:
        return _KINDS[key]
    except KeyError:
        element = _ELEMENTS.get(key)
        kind = _KINDS[key] = element[0] if element else control_kind(_SPELLINGS.get(key, key))
        return kind


def control_message(name: str) -> str:
    """The run-time error for a use of such a name (given folded by compiled code: shown
    as the source spells it, remembered when it was compiled; in capitals, as WINDEV's
    style writes prefixes, when unknown)."""
    kind = spelled_kind(fold(name)) or "control"
    where = {"page": "in a WEBDEV site", "report": "in a report"}.get(kind, "inside a window")
    element = _ELEMENTS.get(fold(name))
    shown = element[1] if element else _SPELLINGS.get(fold(name), name.upper())
    return (f"{kind} {shown}: not available outside the IDE (it exists only "
            f"{where}; wlinterp runs code without windows).")


_ELEMENT = lazy_compile(r"[A-Z]{2,}_[A-Z][a-z]\w*")


def element_style(name: str) -> bool:
    """Is `name` written as WINDEV's code style names a code element, a set of procedures
    or a class (`PROC_Auth`, `COL_Outils`, `SET_Shop`: a prefix in capitals, `_`, a
    capitalised word)? Such a name before `.Method(` is a set's or an object's, no value
    (secret_names.is_element_holder, semantics/undeclared_names.py)."""
    return _ELEMENT.fullmatch(name) is not None
