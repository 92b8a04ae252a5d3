"""A global variable declared again, with another type, by a file `wl run` loads with
another that declares it.

`wl run SCRIPT` links the script with the files of its project (or the neighbours it
needs, docs/cli.md "Which files a run loads") into one program: a global that a loaded
library declares and the script declares again with another type stops the run ("'t' is
already declared as array of string", at the script's declaration). `wl check SCRIPT`
saw the library's globals as known names only and said nothing (FS, 7 Dec 2026: a JSON
member `j.n` made the script need the neighbour declaring a global `n`, and with it its
`t`). The check now says it as the run does, at the same place, in the same words.
"""
from __future__ import annotations

__all__ = ["keep_globals", "declared_again"]

from typing import TYPE_CHECKING, Any, Iterable

from ..syntax import nodes as N
from ..syntax.names import fold

if TYPE_CHECKING:
    from .program_symbols import ProgramSymbols


def keep_globals(symbols: "ProgramSymbols", filename: str,
                 declared: Iterable[tuple[str, N.Stmt]]) -> None:
    """Keep where another file declares its global variables (`declared`: its main
    code's (name, statement) pairs); the first file's declaration of a name stays."""
    for s in {id(s): s for _, s in declared if isinstance(s, N.Decl)}.values():
        for name, line, _ in s.names:
            symbols.file_globals.setdefault(fold(name), (s, filename, line))


def declared_again(checker: Any, key: str, spec: Any) -> tuple[Any, str] | None:
    """At a global of the main code that another loaded file declares with another type:
    that type and the hint naming where (declarations.py says the run's words, WL105);
    with the same type the run goes on (one variable): None, nothing is said."""
    from ..paths import shown_path
    from .symbols import declared_spec
    decl, filename, at = checker.sym.file_globals[key]
    other = declared_spec(key, decl, checker.spec, checker.sym.constants)
    if other == spec:
        return None
    return other, f"first declared at {shown_path(filename)}:{at}"
