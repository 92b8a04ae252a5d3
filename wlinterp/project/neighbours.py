"""Files beside a script without a project marker: which of them the run may load.

Without a `.wdp` or `wlproject.toml`, the procedure sets, classes and `.wl` libraries of
the script's folder that it needs (needed.py) are loaded as its project (docs/semantics.md,
9a), but they are only neighbours: a folder of examples or ported snippets often holds
several that declare the same procedure. So, without a marker, a needed neighbour that
declares a name a neighbour loaded before it (in the stable load order) declares is left
out with a warning naming both, and the script runs. A clash of a needed neighbour with
the script's own declarations stays an error, as `wl check` reports it (the error says
where the other declaration is), and so does any clash in a project.
"""
from __future__ import annotations

__all__ = ["clashing", "clash_hints", "script_hints", "declared"]

from typing import Callable

from ..errors import WLSyntaxError, format_warning
from ..syntax import nodes as N
from ..syntax.names import fold
from .linker import ParsedFile

Place = tuple[str, int, int]  # a name as written, its line and column


def declared(program: N.Program) -> dict[str, Place]:
    """The names a file declares for the whole program (folded -> where): its global
    procedures, global variables, constants, structures, classes, interfaces and
    enumerations (a class's methods belong to its class)."""
    names: dict[str, Place] = {}
    for p in program.procedures:
        if p.owner is None and not p.internal:
            names.setdefault(fold(p.name), (p.name, p.line, p.col))
    for s in program.main.stmts:
        if isinstance(s, N.Decl):
            for n in s.names:
                name, line, col = n if isinstance(n, tuple) else (n, s.line, s.col)
                names.setdefault(fold(name), (name, line, col))
        elif isinstance(s, N.Let):  # let x = 5 / let (a, b) = ...
            for name in s.names or [s.name]:
                names.setdefault(fold(name), (name, s.line, s.col))
        elif isinstance(s, N.ConstDecl):
            for name, _, line, col in s.items:
                names.setdefault(fold(name), (name, line, col))
        elif isinstance(s, (N.StructDecl, N.EnumDecl, N.InterfaceDecl)):
            names.setdefault(fold(s.name), (s.name, s.line, s.col))
    return names


Clash = tuple[ParsedFile, str, str]  # a neighbour left out, the name, the file keeping it


def clashing(parsed: ParsedFile, taken: dict[str, str],
             left: list[Clash] | None = None) -> str | None:
    """The warning leaving `parsed` out when it declares a name a neighbour loaded
    before it declares (`taken`: name -> that neighbour's path; the clash is added to
    `left`); else None, and its names are taken."""
    names = declared(parsed.program)
    for key, place in names.items():
        if key in taken:
            if left is not None:
                left.append((parsed, place[0], taken[key]))
            return _left_out(parsed, place, taken[key])
    taken.update(dict.fromkeys(names, parsed.source.path))
    return None


def clash_hints(diagnostics: list, left: list[Clash]) -> list[str]:
    """A warning at each name the program uses and nobody loaded declares (WL101,
    WL102) that a neighbour left out for a clash declares: the unknown name's error
    alone does not say that the file declaring it is there, left out, nor why (`wl
    check` gives the same words as the error's hint: check_clashes.py)."""
    wanted = {fold(d.message.split("'")[1].rsplit(".", 1)[-1]) for d in diagnostics
              if getattr(d, "code", None) in ("WL101", "WL102") and d.message.count("'") > 1}
    hints = []
    for parsed, clash, keeper in left if wanted else ():
        for key, (name, line, col) in declared(parsed.program).items():
            if key in wanted:
                hints.append(format_warning(
                    parsed.source.path, line - parsed.offset, col,
                    f"'{name}' is declared here, but this file is not loaded (beside the "
                    f"script, not part of it): it declares '{clash}', as {keeper} does",
                    None))
    return hints


def _left_out(parsed: ParsedFile, place: Place, other: str) -> str:
    """The warning for a neighbour left out because `other` declares the name at
    `place` too."""
    name, line, col = place
    return format_warning(parsed.source.path, line - parsed.offset, col,
                          f"not loaded (beside the script, not part of it): it declares "
                          f"'{name}', as {other} does", None)



SCRIPT_HINT = ("'{name}' is declared in another script, which is not loaded: its main code "
               "runs statements (a job of its own); to share the procedure, move it to a "
               "library (a .wdg, or a .wl whose main code only declares)")


def called_name(d: object) -> str | None:
    """The (folded) name a WL102 diagnostic says nobody declares (its first quoted word,
    semantics/builtin_calls.unknown_callee; `Set.P`: P), else None."""
    if getattr(d, "code", None) != "WL102" or getattr(d, "message", "").count("'") < 2:
        return None
    return fold(d.message.split("'")[1].rsplit(".", 1)[-1])  # type: ignore[attr-defined]


def unknown_called(diagnostics: list) -> set[str]:
    """The (folded) names of the procedures the program calls and nobody declares."""
    return {name for d in diagnostics if (name := called_name(d)) is not None}


def declared_in_scripts(wanted: set[str], scripts: list[str],
                        read: Callable[[str], tuple[str, N.Program] | None] | None = None,
                        unread: list[str] | None = None
                        ) -> dict[str, tuple[str, Place, str]]:
    """Which of the `wanted` procedures a `.wl` script of the project (left out:
    sources.wl_role) declares: folded name -> (its path as shown, where, its text).
    `read` gives a file's text and program (None: unreadable); by default each file is
    read and parsed here (`wl check` passes its run's reader, which keeps them). The
    files that cannot be read or parsed are added to `unread` when it is given."""
    from ..paths import shown_path
    found: dict[str, tuple[str, Place, str]] = {}
    for path in scripts if wanted else []:
        got = (read or _read)(path)
        if got is None:
            if unread is not None:
                unread.append(path)
            continue
        text, program = got
        for p in program.procedures:
            key = fold(p.name)
            if p.owner is None and not p.internal and key in wanted and key not in found:
                found[key] = (shown_path(path), (p.name, p.line, p.col), text)
    return found


def broken_writing(wanted: set[str], paths: list[str]) -> dict[str, tuple[str, WLSyntaxError]]:
    """Which of the `wanted` (folded) names a `.wl` file of `paths` that does not parse
    writes, with the file and its syntax error: `PROCEDURE Broken(` half-edited beside a
    script calling Broken() is why Broken is unknown, which the call's error alone hid."""
    from ..paths import shown_path
    from ..source_text import read_source
    from ..syntax.parser import parse
    from .needed import written_names
    found: dict[str, tuple[str, WLSyntaxError]] = {}
    for path in paths if wanted else []:
        try:
            text = read_source(path)
            parse(text, shown_path(path))
        except WLSyntaxError as err:
            found.update(dict.fromkeys((wanted & written_names(text)) - found.keys(),
                                       (shown_path(path), err)))
        except (OSError, ValueError):
            continue
    return found


def _read(path: str) -> tuple[str, N.Program] | None:
    """A file's text and program, None when it cannot be read or parsed."""
    from ..source_text import read_source
    from ..syntax.parser import parse
    try:
        text = read_source(path)
        return text, parse(text, path)
    except (OSError, ValueError, WLSyntaxError):
        return None


def script_hints(diagnostics: list, scripts: list[str]) -> list[str]:
    """A warning at each procedure the program calls and does not know that a `.wl`
    script of the project declares: the call's error alone would not say why a procedure
    that is right there is unknown. Only read when some call is unknown."""
    wanted = unknown_called(diagnostics)
    unread: list[str] = []
    found = declared_in_scripts(wanted, scripts, unread=unread)
    hints = [format_warning(path, line, col, SCRIPT_HINT.format(name=name), text)
             for path, (name, line, col), text in found.values()]
    from .program import left_out
    broken = broken_writing(wanted - found.keys(), unread)
    return hints + [left_out(err, path) for path, err in dict(broken.values()).items()]
