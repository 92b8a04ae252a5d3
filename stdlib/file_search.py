"""fDir/fRep: find a file or a folder by name or mask, then the next ones with an empty
name (?3036056, VERIFIED: its examples and syntax; docs/builtins.md "fDir").

- `fDir(name [, options])` gives the name (with its extension, without its folder) of
  the first file matching `name`; `name` may hold `*` and `?` in its last part (the
  masks as Windows reads them: stdlib/paths.py `mask_matches`). A name ending with a
  separator is the folder itself (`fDir("C:\\MyDirectory\\", frDirectory)` gives
  "MyDirectory").
- `fDir("")` continues the last search: the next match, "" once they are all given.
- Options (INFERRED, the page's list is cut off in the stored copy; values UNVERIFIED):
  frFile (the default: the page's first two examples are the same search, with and
  without it), frDirectory, both added together for files and folders. "." and ".."
  are never given.
- The matches are given in name order, case ignored (INFERRED: Windows gives NTFS's
  order, which is that one). No match, or a folder that does not exist, is "" without
  an error, as the page's result says ("" otherwise); a path that cannot be a path
  (a NUL character) is the function's failure.
"""
from __future__ import annotations

import os

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, TextArg
from .strings import text_arg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .paths import failure, mask_matches, native_path

family = Family("File search (fDir)")

FR_FILE = family.constant("frFile", "frFichier", 16)
FR_DIRECTORY = family.constant("frDirectory", "frRépertoire", 32)
_STATE = "fdir_left"  # rt.state: the matches fDir("") gives next


def matches(pattern: str, options: int) -> list[str]:
    """The names in the pattern's folder matching its mask, of the kinds asked."""
    want_dirs = bool(options & FR_DIRECTORY)
    want_files = bool(options & FR_FILE) or not want_dirs
    text = pattern.rstrip(os.sep) if pattern.endswith(os.sep) and len(pattern) > 1 else pattern
    folder, mask = os.path.split(text)
    folder = folder or "."
    try:
        names = os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return []
    found = []
    for name in sorted(names, key=lambda n: (n.casefold(), n)):
        if not mask_matches(name, mask):
            continue
        is_dir = os.path.isdir(os.path.join(folder, name))
        if (want_dirs and is_dir) or (want_files and not is_dir):
            found.append(name)
    return found


def _kinds(options: object) -> int:
    """fDir's option, frFile and/or frDirectory: any other bit is refused, since a search
    given a meaningless option (`fDir("d1/*", 99)`) silently looked for files and folders
    both (docs/builtins.md "fDir")."""
    if options is None:
        return FR_FILE
    value = V.to_int(options)
    if value & ~(FR_FILE | FR_DIRECTORY):
        raise WLRuntimeError(f"fDir: {value} is not an option (frFile, frDirectory, "
                             f"or both added together).")
    return value


@family.function("fDir", "fRep", can_fail=True)
def f_dir(rt: Runtime, name: TextArg, options: object = None) -> str:
    """The first file (or folder) matching `name`; with "" the next one of the last
    search; "" when there is none (module docstring)."""
    text = text_arg(name, "fDir")
    if text == "":
        left: list[str] = rt.state.get(_STATE, [])
        return left.pop(0) if left else ""
    path = native_path(text)
    try:
        found = matches(path, _kinds(options))
    except (OSError, ValueError) as exc:
        raise failure("fDir", "search", text, exc, "") from None
    rt.state[_STATE] = found[1:]
    return found[0] if found else ""
