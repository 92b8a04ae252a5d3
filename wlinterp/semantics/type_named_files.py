"""A data file named like a WLanguage type, checked without its project's analysis.

`wl check` without the analysis takes a name an H* call gives as its data file for one
(calls.py `_data_names`, docs/check.md). A file may be named like a type: PC SOFT's French
web service example keeps its pictures in a file `Image` (`HLitRecherchePremier(Image,
IDImage, n)`, `Image.Chemin`), and `Image` is also the Image type. Read as a value, a
type's name is WL110 (lookup.py); when an H* call names it as its data file, that read is
the file's, as an undeclared name's is (WL101 withdrawn, analysis.py): the WL110 is
withdrawn and the name compiled as the data file an undeclared name stands for. A type's
name no H* call names stays WL110. With the analysis given, its files are known names
(`data_files`) and this does not arise for them.

Where no data file is inferred (an analysis given that has no such file, and the pass the
compiler runs for `wl run`), the read is the undeclared name it compiles as: WL101 in its
place (an error for `wl check`, the "not declared" warning of `wl run`), and the run looks
the file up at the call, as for any other name. The run's compile refused the whole
program with the WL110 while `wl check` said nothing (issue 8, RC, 7 Dec 2026: a set
using PC SOFT's `Image` file could not run any of its procedures without its analysis)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from .diagnostics import Diagnostic
from .reporter import Reporter
from .resolved import Ref
from .undeclared_names import not_declared

if TYPE_CHECKING:
    from .program_symbols import ProgramSymbols

__all__ = ["note_type_read", "withdraw_type_named_files"]


def withdraw_type_named_files(symbols: ProgramSymbols, rep: Reporter
                              ) -> tuple[set[int], list[Diagnostic]]:
    """The id() of each WL110 said of a type's name that an H* call names as its data
    file, and what takes its place: each such read is recorded again as an undeclared
    name's (the data file the run looks up by that name); where data files are not
    inferred, with the WL101 an undeclared name gets."""
    gone: set[int] = set()
    named: list[Diagnostic] = []
    for key, d, node in symbols.type_reads:
        if key in symbols.data_used:
            symbols.refs.record(node, Ref.UNDECLARED)
            gone.add(id(d))
            if not symbols.infer_data:
                named.append(rep.report("WL101", not_declared(node.name), node,
                                        len(node.name)))
    return gone, named


def note_type_read(symbols: ProgramSymbols, key: str, d: Diagnostic,
                   node: N.Name | N.ClassMember) -> None:
    """Keep a WL110 said of a type's name, to be withdrawn if an H* call names it as its
    data file."""
    symbols.type_reads.append((key, d, node))
