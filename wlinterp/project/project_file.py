"""The project file (.wdp, WEBDEV's .wwp) of a project `wl run` loads: the global
variables and constants its initialization declares, as the other elements see them
(`wl check` reads the same block: syntax/winfile.py project_declarations).

Only the declarations run: the rest of the project's initialization is the application's
start-up (opening its first window, describing HFSQL triggers...), not part of running
one script or test of the project (docs/testing.md, "Projects").
"""
from __future__ import annotations

__all__ = ["project_globals"]

import os

from ..source_text import read_source
from ..errors import WLSyntaxError
from ..syntax import nodes as N
from .linker import ParsedFile, parse_file
from ..paths import shown_path
from .sources import ProjectLayout, SourceFile, is_project_file

# what the project's initialization keeps: declarations (an interface's too), not
# statements that do things
_KEPT = (N.Decl, N.ConstDecl, N.StructDecl, N.EnumDecl, N.InterfaceDecl)


def project_globals(layout: ProjectLayout, virtual: str,
                    warnings: list[str]) -> ParsedFile | None:
    """The declarations of the first text-format project file (.wdp, .wwp) in the
    project's root, parsed at line offset 0; None when there is none. A project file that
    cannot be read as text (an older IDE's binary file) declares nothing; one whose
    initialization does not parse is left out with a warning in `warnings` (the names
    it declares are then unknown)."""
    if not layout.marked:
        return None
    try:
        names = sorted(n for n in os.listdir(layout.root) if is_project_file(n))
    except OSError:
        return None
    from ..syntax.winfile import is_text_format, project_declarations
    for name in names:
        path = os.path.join(layout.root, name)
        try:
            raw = read_source(path)
        except (OSError, ValueError):
            continue
        if not is_text_format(raw):
            continue
        source = SourceFile(shown_path(path), project_declarations(raw), raw, "project")
        try:
            parsed = parse_file(source, 0, virtual)
        except WLSyntaxError as err:
            from .program import left_out
            warnings.append(left_out(err, path, "the project's globals are not declared"))
            return None
        # a new body, not the parsed one changed in place: the Facts cache
        # (semantics/facts.py) keys a body by identity, so a walk of the whole
        # initialization made before this point could not be served for the kept part
        parsed.program.main = N.Body([s for s in parsed.program.main.stmts
                                      if isinstance(s, _KEPT)])
        return parsed
    return None
