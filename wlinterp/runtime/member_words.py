"""The words of a refused member store or read, one text each for the semantic pass
(wl check's WL106 / WL109) and the run, so that both say the same (split from
containers.py, which re-exports them: runtime/access.py, operators.py, indirection.py and
the semantic pass read them there).
"""
from __future__ import annotations

__all__ = ["immutable_member_error", "not_member_error", "not_member_text",
           "read_only_error"]

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (containers.py imports this module)
    from .containers import StructDef


def read_only_error(member: str, classes: str) -> str:
    """The one text for a write to a CONSTANT member from outside its class: the semantic
    pass reports it (WL106) where it knows the class, run time where only the object does."""
    return (f"'{member}' is a CONSTANT member of the class {classes}: only the methods of "
            f"its class (or of a class derived from it) can change it")


def immutable_member_error(member: str, holder: str, is_class: bool) -> str:
    """The one text for a write to a member declared `<immutable>` in the class or
    structure `holder` (as written): the semantic pass reports it (WL106), the run says
    it for a computed indirection (`{s} = 5`, s holding "o.m_n"), which only the object
    tells."""
    kind = "class" if is_class else "structure"
    why = f"only its declaration and {holder}'s constructor give it a value" \
        if is_class else "its value is the one its declaration gives"
    return f"cannot change the member '{member}' of the {kind} {holder}: it is " \
        f"declared immutable, {why}"


def not_member_error(sdef: StructDef, name: str) -> str:
    """The one text for a member a structure or an object lacks: an object of a class is
    named as such (`'Count' is not a member of the class CInvoice`), not as a structure."""
    return not_member_text(name, sdef.name, sdef.is_class) + "."


def not_member_text(name: str, owner: str, is_class: bool) -> str:
    """`not_member_error`'s words without the final stop, as wl check's WL109 gives them
    (semantics/member_checks.py): the check and the run say the same."""
    return f"'{name}' is not a member of the {'class' if is_class else 'structure'} {owner}"
