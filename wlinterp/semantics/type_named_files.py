"""A data file named like a WLanguage type, checked without its project's analysis.

`wl check` without the analysis takes a name an H* call gives as its data file for one
(calls.py `_data_names`, docs/check.md). A file may be named like a type: PC SOFT's French
web service example keeps its pictures in a file `Image` (`HLitRecherchePremier(Image,
IDImage, n)`, `Image.Chemin`), and `Image` is also the Image type. Read as a value, a
type's name is WL110 (lookup.py); when an H* call names it as its data file, that read is
the file's, as an undeclared name's is (WL101 withdrawn, analysis.py): the WL110 is
withdrawn and the name compiled as the data file an undeclared name stands for. A type's
name no H* call names stays WL110. With the analysis given, its files are known names
(`data_files`) and this does not arise."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from .diagnostics import Diagnostic
from .resolved import Ref

if TYPE_CHECKING:
    from .program_symbols import ProgramSymbols

__all__ = ["note_type_read", "withdraw_type_named_files"]


def withdraw_type_named_files(symbols: ProgramSymbols) -> set[int]:
    """The id() of each WL110 said of a type's name that an H* call names as its data
    file; each such read is recorded again as an undeclared name's (the data file the
    run looks up by that name)."""
    gone: set[int] = set()
    for key, d, node in symbols.type_reads:
        if key in symbols.data_used:
            symbols.refs.record(node, Ref.UNDECLARED)
            gone.add(id(d))
    return gone


def note_type_read(symbols: ProgramSymbols, key: str, d: Diagnostic,
                   node: N.Name | N.ClassMember) -> None:
    """Keep a WL110 said of a type's name, to be withdrawn if an H* call names it as its
    data file (only when the data files are inferred: no analysis given)."""
    if symbols.infer_data:
        symbols.type_reads.append((key, d, node))
