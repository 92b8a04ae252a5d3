"""Which project each file of a `wl check` run belongs to (check.py): a file checked sees
the programs of its own project and those the command line names."""
from __future__ import annotations

import os

from .syntax import nodes as N


class Projects:
    """Which project each file belongs to, so that a file checked sees the files of its
    own project (and those named on the command line), not those of another project a
    folder walk met: `wl check .` over several projects made one project's procedure
    answer another's call (`Evenement(...)` taken for a .wl procedure of a sibling
    project: WL104 instead of WL103). A project is found as `wl run` finds it (a `.wdp`
    or `wlproject.toml` above the file, else its folder).

    Each path's real path and project are found once per run: a folder's check asks
    them for every pair of files (each file checked against every program shared), and
    finding them again was a tenth of `wl check` of a folder of 400 scripts."""

    def __init__(self, named: set[str]) -> None:
        self.named = named  # real paths of the files the command line names
        self.roots: dict[str, tuple[str, bool]] = {}  # folder -> its project's root, marked
        self.layouts: dict[str, tuple[str, bool]] = {}  # path -> the same, once found
        self.reals: dict[str, str] = {}  # path -> its real path

    def real(self, path: str) -> str:
        """os.path.realpath(path), found once per run."""
        found = self.reals.get(path)
        if found is None:
            found = self.reals[path] = os.path.realpath(path)
        return found

    def _layout(self, path: str) -> tuple[str, bool]:
        found = self.layouts.get(path)
        if found is not None:
            return found
        folder = os.path.dirname(os.path.abspath(path))
        found = self.roots.get(folder)
        if found is None:
            from .project.sources import find_layout
            try:
                layout = find_layout(folder)
                found = (os.path.realpath(layout.root), layout.marked)
            except OSError:
                found = (folder, False)
            self.roots[folder] = found
        self.layouts[path] = found
        return found

    def of(self, path: str) -> str:
        return self._layout(path)[0]

    def marked(self, path: str) -> bool:
        """Is `path` in a project (a marker above it), not beside a script only?"""
        return self._layout(path)[1]

    def visible(self, program: N.Program, path: str) -> bool:
        """Does the file `path` checked see `program` (another file)?"""
        other = program.filename
        return self.real(other) in self.named or self.of(other) == self.of(path)
