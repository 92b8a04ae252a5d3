"""The hint `wl check` adds to WL102 (a procedure nobody declares) when a `.wl` script of
the project declares it: scripts are not loaded with the others (project/sources.py
wl_role), as `wl run` warns (project/neighbours.py), and the error alone would not say
why a procedure that is right there is unknown.

One `NeighbourHints` serves a whole `wl check` run: each folder's scripts are found once,
and each is parsed once (before, every `.wl` file beside the checked file was found and
parsed again for each checked file with such an error, which a big folder of ported code
paid for every file).
"""
from __future__ import annotations

__all__ = ["NeighbourHints"]

import os

from .errors import WLSyntaxError
from .project.neighbours import SCRIPT_HINT, broken_writing, called_name, declared_in_scripts
from .source_text import read_source
from .syntax import nodes as N
from .syntax.parser import parse


class NeighbourHints:
    """The hints of one `wl check` run (see the module's docstring)."""

    def __init__(self) -> None:
        self._files: dict[str, list[str]] = {}
        self._read: dict[str, tuple[str, N.Program] | None] = {}

    def add(self, diags: list, path: str) -> list:
        """`diags` of the file `path`, with the hints set (`d.hint`) where one applies."""
        if path != "-":
            self._procedures(diags, path)
        return diags

    def _procedures(self, diags: list, path: str) -> None:
        """WL102's hint: the `.wl` script that declares the procedure called."""
        wanted = {name for d in diags if (name := called_name(d)) is not None}
        if not wanted:
            return
        unread: list[str] = []
        found = declared_in_scripts(wanted, self._scripts(path), self.read, unread)
        broken = broken_writing(wanted - found.keys(), unread)
        for d in diags:
            place = found.get(called_name(d) or "")
            if place is not None:
                where, (name, line, _), _ = place
                d.hint = f"{where}:{line}: " + SCRIPT_HINT.format(name=name)
            elif (failed := broken.get(called_name(d) or "")) is not None:
                where, err = failed
                d.hint = (f"{where}:{err.line}: not loaded (beside the script, not part of "
                          f"it): {err.message}")

    def _scripts(self, path: str) -> list[str]:
        """The `.wl` scripts of `path`'s project (not `path` itself); found once per
        folder."""
        folder = os.path.dirname(os.path.abspath(path))
        if folder not in self._files:
            from .project.sources import find_layout
            try:
                files = find_layout(folder).left_scripts()
            except OSError:
                files = []
            self._files[folder] = files
        real = os.path.realpath(path)
        return [p for p in self._files[folder] if os.path.realpath(p) != real]

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
