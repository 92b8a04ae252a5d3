"""What each file beside a script declares and writes, kept between runs, so that a run
without a project marker reads and parses only the neighbours it needs.

Without a `.wdp` or `wlproject.toml` a run loads the neighbours the script needs
(needed.py): those declaring a name it writes, and so on. Deciding that needs each
neighbour's declared and written names, which needs its parse; every neighbour used to be
parsed at every run (LoadedProject), a folder of a thousand libraries a thousand parses
for a script that needs one. A neighbour's names change only when the file does, so they
are kept with the `.wl` probe's verdicts (probe_cache.py: per folder, keyed by the file's
size, modification time and inode, for one parser), with the number of lines the file
takes in the combined source (its place there is known without reading it). A file that
cannot be read as code is noted as such and read again at each run, where its warning is
made as before (the warning names the file as the current folder shows it).
"""
from __future__ import annotations

__all__ = ["NeighbourNames", "Names"]

from typing import TYPE_CHECKING

from ..errors import WLSyntaxError

if TYPE_CHECKING:
    from .sources import SourceFile

Names = tuple[int, frozenset[str], frozenset[str]]
"""A neighbour's lines, the names it writes (less its own locals) and those it declares."""

_KEY = "names\0"  # beside the probe's verdicts in the folder's cache (the file's name after)
_BROKEN = ("broken",)  # (marshal keeps tuples of plain values)


class NeighbourNames:
    """The cached names of one folder's neighbours; `save()` writes what was added."""

    def __init__(self, folder: str) -> None:
        from .probe_cache import ProbeCache
        self.cache = ProbeCache(folder)

    def names(self, path: str, virtual: str) -> Names | None:
        """`path`'s names, or None when it cannot be read or parsed as code (the
        caller reads it again for its warning)."""
        got = self.cache.verdict(path, lambda p: _read_names(p, virtual), usable=_usable,
                                 prefix=_KEY)
        return None if got == _BROKEN else got  # type: ignore[return-value]

    def save(self) -> None:
        self.cache.save()


def _usable(value: object) -> bool:
    return value == _BROKEN or isinstance(value, tuple) and len(value) == 3


def _read_names(path: str, virtual: str) -> Names | tuple[str]:
    """Read and parse `path` quietly (an encoding warning belongs to the files that are
    loaded), as the load parses it (linker.parse_file)."""
    from .linker import parse_file
    from .needed import declared_keys, local_names, written_names
    try:
        parsed = parse_file(_quiet_source(path), 0, virtual)
    except (OSError, ValueError, WLSyntaxError):
        return _BROKEN
    if parsed.included:  # its lines and names are those of the files it includes too,
        return _BROKEN  # which may change without it: read at each run, as a broken one
    return (parsed.lines, written_names(parsed.source.text) - local_names(parsed.program),
            declared_keys(parsed.program))


def _quiet_source(path: str) -> "SourceFile":
    """The file as sources.read_file reads it, without its encoding warning."""
    from ..paths import shown_path
    from ..source_text import decode_source, read_source_bytes, strip_shebang
    from ..syntax.suffixes import is_windev_file
    from .sources import SourceFile, load_kind
    shown = shown_path(path)
    raw = strip_shebang(decode_source(read_source_bytes(path), shown))
    text = raw
    if is_windev_file(shown):
        from ..syntax.winfile import NotTextFormatError
        from .messages import windev_program as program_source
        try:
            text = program_source(raw, shown)
        except NotTextFormatError as exc:
            raise ValueError(str(exc)) from None
    return SourceFile(shown, text, raw, load_kind(path))
