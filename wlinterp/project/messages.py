"""The project's multilingual messages: the texts an element's code names by
`<§@0000000000000000XXXX§>` (identifier 0: the project's `string_res`), kept in the
project file (`.wdp`, WEBDEV's `.wwp`) at the root of the project holding the element
(syntax/string_resources.py says how a reference reads; docs/semantics.md, "String
resources").
"""
from __future__ import annotations

__all__ = ["project_texts", "windev_program"]

import os

from ..source_text import read_source
from ..syntax.string_resources import Tables, resource_tables
from ..syntax.winfile import program_source
from .sources import find_layout, is_project_file

# project file -> (its modification time, its texts): a project's sets each ask
_CACHE: dict[str, tuple[int, Tables]] = {}


def windev_program(text: str, path: str,
                   notes: list[tuple[int, str]] | None = None) -> str:
    """syntax/winfile.py's program_source, given the project file's texts when the file
    names the project's messages (every reader of a set or class goes through here)."""
    return program_source(text, path, notes, project_texts(path) if "<§@" in text else None)


def project_texts(path: str) -> Tables:
    """The texts of the project file(s) of the project holding `path`, by their
    `string_res` identifier (empty when there is no project file, or none in text format)."""
    layout = find_layout(path)
    if not layout.marked:
        return {}
    try:
        names = sorted(n for n in os.listdir(layout.root) if is_project_file(n))
    except OSError:
        return {}
    out: Tables = {}
    for name in names:
        out.update(_texts(os.path.join(layout.root, name)))
    return out


def _texts(path: str) -> Tables:
    """One project file's texts, read again only when the file changed."""
    try:
        stamp = os.stat(path).st_mtime_ns
    except OSError:
        return {}
    cached = _CACHE.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    try:
        raw = read_source(path)
    except (OSError, ValueError):
        raw = ""
    tables = {k: v for k, v in resource_tables(raw).items() if k >= 0}
    _CACHE[path] = (stamp, tables)
    return tables
