"""Hints `wl check` adds to its errors about names declared in `.wl` files that are not
loaded beside the file checked (project/sources.py wl_role), as `wl run` warns
(project/neighbours.py): the error alone would not say why a name that is right there is
unknown.

- WL102 (a procedure nobody declares) when a `.wl` script of the project declares it;
- WL101 (a name nobody declares) and WL207 (an unknown type) when a `.wl` file of
  declarations alone beside the file (no project marker) declares it: a global, a
  constant, a structure, an interface...

One `NeighbourHints` serves a whole `wl check` run: each folder's files of each kind are
found once, and each such file is parsed once (before, every `.wl` file beside the
checked file was found and parsed again for each checked file with such an error, which
a big folder of ported code paid for every file).
"""
from __future__ import annotations

__all__ = ["NeighbourHints", "DECLARATIONS_HINT"]

import os

from .errors import WLSyntaxError
from .paths import shown_path
from .project.neighbours import (DECLARATIONS_HINT, Place, SCRIPT_HINT, called_name, declared,
                                 declared_in_scripts, undeclared_name)
from .source_text import read_source
from .syntax import nodes as N
from .syntax.names import fold
from .syntax.parser import parse

SCRIPTS, DECLARATIONS = "scripts", "declarations"
"""The two kinds of `.wl` files beside a checked file that are not loaded."""



class NeighbourHints:
    """The hints of one `wl check` run (see the module's docstring)."""

    def __init__(self) -> None:
        self._files: dict[tuple[str, str], list[str]] = {}
        self._read: dict[str, tuple[str, N.Program] | None] = {}

    def add(self, diags: list, path: str) -> list:
        """`diags` of the file `path`, with the hints set (`d.hint`) where one applies."""
        if path != "-":
            self._procedures(diags, path)
            self._declarations(diags, path)
        return diags

    def _procedures(self, diags: list, path: str) -> None:
        """WL102's hint: the `.wl` script that declares the procedure called."""
        wanted = {name for d in diags if (name := called_name(d)) is not None}
        if not wanted:
            return
        found = declared_in_scripts(wanted, self._beside(path, SCRIPTS), self.read)
        for d in diags:
            place = found.get(called_name(d) or "")
            if place is not None:
                where, (name, line, _), _ = place
                d.hint = f"{where}:{line}: " + SCRIPT_HINT.format(name=name)

    def _declarations(self, diags: list, path: str) -> None:
        """WL101's and WL207's hint: the file of declarations alone that declares it."""
        wanted: dict[str, list] = {}
        for d in diags:
            name = undeclared_name(d)
            if name is not None:
                wanted.setdefault(fold(name), []).append(d)
        for other in self._beside(path, DECLARATIONS) if wanted else []:
            names = self._declared(other)
            for key in [k for k in wanted if k in names]:
                name, line, _ = names[key]
                hint = f"{shown_path(other)}:{line}: " + DECLARATIONS_HINT.format(name=name)
                for d in wanted.pop(key):
                    d.hint = hint

    def _beside(self, path: str, kind: str) -> list[str]:
        """The `.wl` files of `kind` beside `path` (not `path` itself), or none; found
        once per folder."""
        folder = os.path.dirname(os.path.abspath(path))
        if (folder, kind) not in self._files:
            from .project.sources import find_layout
            try:
                layout = find_layout(folder)
                files = layout.left_scripts() if kind == SCRIPTS else \
                    layout.left_declarations()
            except OSError:
                files = []
            self._files[folder, kind] = files
        real = os.path.realpath(path)
        return [p for p in self._files[folder, kind] if os.path.realpath(p) != real]

    def read(self, path: str) -> tuple[str, N.Program] | None:
        """A file's text and program, None when it cannot be read or parsed; once per
        file and run."""
        if path not in self._read:
            try:
                text = read_source(path)
                self._read[path] = (text, parse(text, path))
            except (OSError, ValueError, WLSyntaxError):  # (no hint from it)
                self._read[path] = None
        return self._read[path]

    def _declared(self, path: str) -> dict[str, Place]:
        got = self.read(path)
        return declared(got[1]) if got is not None else {}

