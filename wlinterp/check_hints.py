"""The hints `wl check` adds to WL102 (a procedure nobody declares) when a `.wl` script of
the project declares it: scripts are not loaded with the others (project/sources.py
wl_role), as `wl run` warns (project/neighbours.py), and the error alone would not say
why a procedure that is right there is unknown; and to WL101 / WL102 of a file outside a
project when a file of the run in another folder declares the name: without a project
marker a file sees only the files of its own folder (docs/cli.md), so code ported as a
tree (`procedures/`, `variables/`) needs a `wlproject.toml` at its top.

One `NeighbourHints` serves a whole `wl check` run: each folder's scripts are found once,
and each is parsed once (before, every `.wl` file beside the checked file was found and
parsed again for each checked file with such an error, which a big folder of ported code
paid for every file).
"""
from __future__ import annotations

__all__ = ["NeighbourHints", "undeclared_name"]

import os
import re

from .errors import WLSyntaxError
from .paths import shown_path
from .project.neighbours import (SCRIPT_HINT, Place, broken_writing, called_name, declared,
                                 declared_in_scripts)
from .semantics.undeclared_names import not_declared
from .source_text import read_source
from .syntax import nodes as N
from .syntax.names import fold
from .syntax.parser import parse

_BEFORE, _AFTER = not_declared("\x00").split("\x00")  # WL101's one text (member_checks)
_WORD = re.compile(r"\w+")  # (a folded name is one: syntax/token_patterns.py `name`)
_UNDECLARED = re.compile(re.escape(_BEFORE) + "([^']+)" + re.escape(_AFTER))
ELSEWHERE_HINT = ("'{name}' is declared there, in another folder, which is not loaded: "
                  "outside a project a file sees only the files of its own folder; a "
                  "wlproject.toml in {root} loads every file below it")


class NeighbourHints:
    """The hints of one `wl check` run (see the module's docstring)."""

    def __init__(self) -> None:
        self._files: dict[str, list[str]] = {}
        self._read: dict[str, tuple[str, N.Program] | None] = {}
        self._words: dict[str, frozenset[str] | None] = {}  # path -> its folded words
        self._texts: dict[str, str] = {}  # a matched script's text, until `read` parses it
        self._declared: dict[str, dict[str, Place]] = {}

    def add(self, diags: list, path: str, elsewhere: list[N.Program] | None = None) -> list:
        """`diags` of the file `path`, with the hints set (`d.hint`) where one applies;
        `elsewhere`: the programs of the run in other folders, which `path` (outside a
        project) does not see."""
        if path != "-":
            self._elsewhere(diags, path, elsewhere or [])
            self._procedures(diags, path)
        return diags

    def _elsewhere(self, diags: list, path: str, programs: list[N.Program]) -> None:
        """WL101 / WL102's hint: the file of another folder that declares the name."""
        for d in diags:
            name = undeclared_name(d)
            if name is None:
                continue
            for program in programs:
                place = self._names(program).get(name)
                if place is not None:
                    root = os.path.commonpath([os.path.dirname(os.path.abspath(path)),
                                               os.path.dirname(os.path.abspath(
                                                   program.filename))])
                    d.hint = (f"{shown_path(program.filename)}:{place[1]}: "
                              + ELSEWHERE_HINT.format(name=place[0], root=shown_path(root)))
                    break

    def _names(self, program: N.Program) -> dict[str, Place]:
        """What `program` declares for the whole program (folded -> place); once each."""
        if program.filename not in self._declared:
            self._declared[program.filename] = declared(program)
        return self._declared[program.filename]

    def _procedures(self, diags: list, path: str) -> None:
        """WL102's hint: the `.wl` script that declares the procedure called."""
        wanted = {name for d in diags if (name := called_name(d)) is not None}
        if not wanted:
            return
        unread: list[str] = []
        scripts = [p for p in self._scripts(path) if self._may_declare(p, wanted)]
        found = declared_in_scripts(wanted, scripts, self.read, unread)
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

    def _may_declare(self, path: str, wanted: set[str]) -> bool:
        """Could the script `path` declare one of the `wanted` (folded) procedures? Not
        when none of their names is a word of its folded text: such a script is not
        parsed (parsing every script beside a file with a WL102 was a fifth of `wl check`
        of a folder of 400 scripts). One that cannot be read is left to `read` (unread).
        A matched script's text is kept for `read`: it is read from the disk once."""
        text = None
        if path not in self._words:
            try:
                text = read_source(path, quiet=True)
                self._words[path] = frozenset(_WORD.findall(fold.__wrapped__(text)))
            except (OSError, ValueError):
                self._words[path] = None
        words = self._words[path]
        if words is None or words.isdisjoint(wanted):
            return words is None
        if text is not None:  # kept for `read`, which would read the file again
            self._texts[path] = text
        return True

    def read(self, path: str) -> tuple[str, N.Program] | None:
        """A file's text and program, None when it cannot be read or parsed; once per
        file and run."""
        if path not in self._read:
            text = self._texts.pop(path, None)  # (a matched script's: _may_declare read it)
            try:
                if text is None:
                    text = read_source(path, quiet=True)  # (another folder's: not loaded)
                self._read[path] = (text, parse(text, path))
            except (OSError, ValueError, WLSyntaxError):  # (no hint from it)
                self._read[path] = None
        return self._read[path]


def undeclared_name(d: object) -> str | None:
    """The (folded) name a WL102 (a procedure) or WL101 (a name) says nobody declares,
    else None."""
    return called_name(d) if getattr(d, "code", None) == "WL102" else _undeclared(d)


def _undeclared(d: object) -> str | None:
    """The (folded) name of WL101 for a name nothing declares, else None."""
    if getattr(d, "code", None) != "WL101":
        return None
    m = _UNDECLARED.match(getattr(d, "message", ""))
    return fold(m.group(1)) if m else None
