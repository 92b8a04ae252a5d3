"""Which files make up a project, found from any file or folder inside it.

A project is the tree under the nearest folder (upward, within bounds: find_layout) that
holds a project file (a WINDEV `.wdp`, a WEBDEV `.wwp`) or a `wlproject.toml`. Its code
is every procedure set (`.wdg`), class (`.wdc`) and `.wl` library under its source folders,
minus test files (`test_*`), `conftest.wl`, excluded paths and `.wl` scripts (files whose
main code does more than declare: a report or a batch job of the project, run by its own
`wl run`, not before every other script and test). Without such a marker the project is
the script's own folder: of its `.wdg`/`.wdc` files and its `.wl` files whose main code
only declares (procedure libraries, files of globals), those the script needs are loaded
(needed.py), not recursively: see docs/cli.md, "Which files a run loads".
"""
from __future__ import annotations

__all__ = ["ProjectLayout", "SourceFile", "find_layout", "read_file", "NotTextFile", "is_test_file",
           "CONFTEST", "searched_folders", "wl_role", "only_declares", "PROJECT_SUFFIXES",
           "is_project_file", "SKIPPED_DIRS", "KIND_ORDER", "load_kind"]

import fnmatch
import os
from typing import TYPE_CHECKING
from ..records import field, record

from ..paths import shown_path
from ..source_text import read_source
from ..errors import WLSyntaxError, format_warning
from ..syntax.suffixes import is_windev_file

if TYPE_CHECKING:
    from ..syntax import nodes as N

CONFIG_NAME = "wlproject.toml"
CONFTEST = "conftest.wl"
CODE_SUFFIXES = (".wdg", ".wdc", ".wl")
# the project files that mark a project's root: WINDEV's `.wdp`, WEBDEV's `.wwp` (PC SOFT's
# own WEBDEV examples keep their sets in subfolders, internal components, beside it),
# WINDEV Mobile's `.wpp` (?2030003: "the project (.WDP, .WWP, .WPP file)")
PROJECT_SUFFIXES = (".wdp", ".wwp", ".wpp")
SKIPPED_DIRS = {"__pycache__", "node_modules"}
# kinds in the order their main code (global declarations) runs
KIND_ORDER = {"class": 0, "set": 1, "library": 2, "conftest": 3, "script": 4}


@record
class SourceFile:
    """One file of code: its path, its runnable WLanguage text (a .wdg/.wdc converted with
    every line at its original place) and its original text (for error excerpts)."""

    path: str
    text: str
    raw: str
    kind: str

    @property
    def stem(self) -> str:
        return os.path.splitext(os.path.basename(self.path))[0]

    @property
    def element(self) -> str:
        """The element's name: a WINDEV file's own `name :` line (syntax/element_name.py),
        else, and for a `.wl` file, the file's name without its suffix."""
        if not self.is_windev:
            return self.stem
        from ..syntax.element_name import element_name
        return element_name(self.raw) or self.stem

    @property
    def is_windev(self) -> bool:
        return self.path.lower().endswith((".wdg", ".wdc"))


@record
class ProjectLayout:
    """Where the project is and which files hold its code, in a stable order."""

    root: str
    marked: bool  # a .wdp or wlproject.toml was found
    sources: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)

    def code_files(self, skip: str | None = None) -> list[str]:
        """The project's code files (sorted by kind then path), without test files and
        without `skip` (the script being run, added by the caller)."""
        skip_real = os.path.realpath(skip) if skip else None
        found: list[str] = []
        for folder in self.sources or [self.root]:
            found.extend(self._walk(folder))
        unique = sorted({os.path.realpath(p): p for p in found}.items())
        files = [p for real, p in unique if real != skip_real]
        return sorted(files, key=lambda p: (KIND_ORDER[load_kind(p)], self.relative(p)))

    def left_scripts(self, skip: str | None = None) -> list[str]:
        """The `.wl` files of the project's folders that are scripts, not project code,
        and beside a script those that do not parse (the hint of an unknown procedure
        one of them declares: program.py, check_hints.py)."""
        skip_real = os.path.realpath(skip) if skip else None
        found: list[str] = []
        for folder in self.sources or [self.root]:
            found.extend(self._walk(folder, want_scripts=True))
        return sorted({p for p in found if os.path.realpath(p) != skip_real})

    def _walk(self, folder: str, want_scripts: bool = False) -> list[str]:
        """The code files of `folder` (recursively in a project), or with `want_scripts`
        its `.wl` scripts, which are left out."""
        if not self.marked:
            return _probed(_neighbours(folder), False, want_scripts)
        out: list[str] = []
        for base, dirs, names in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS
                             and not self.excluded(os.path.join(base, d)))
            out.extend(_probed([os.path.join(base, n) for n in sorted(names)
                                if _is_code(n) and not self.excluded(os.path.join(base, n))],
                               True, want_scripts))
        return out

    def relative(self, path: str) -> str:
        return os.path.relpath(path, self.root).replace(os.sep, "/")

    def excluded(self, path: str) -> bool:
        rel = self.relative(path)
        return any(fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(rel, pat.rstrip("/") + "/*")
                   for pat in self.exclude)


def _is_code(name: str) -> bool:
    return name.lower().endswith(CODE_SUFFIXES) and not is_test_file(name) \
        and name.lower() != CONFTEST


def _neighbours(folder: str) -> list[str]:
    """The code files beside a script without a project marker (before the probe)."""
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return [os.path.join(folder, n) for n in names
            if _is_code(n) and os.path.isfile(os.path.join(folder, n))]


# What a `.wl` file is (wl_role): which of them each kind of project loads.
LIBRARY, DECLARATIONS, SCRIPT, UNREAD = "library", "declarations", "script", "unread"
_LOADED = {False: frozenset({LIBRARY, DECLARATIONS}),  # beside a script: those it needs
           True: frozenset({LIBRARY, DECLARATIONS, UNREAD})}  # in a project: all but scripts
# the `.wl` files left out that an unknown procedure's hint looks into: scripts, and beside
# a script those that do not parse (a half-edited library: its syntax error is the why)
_HINTED = {False: frozenset({SCRIPT, UNREAD}), True: frozenset({SCRIPT})}
_ROLES = frozenset({LIBRARY, DECLARATIONS, SCRIPT, UNREAD})  # (a cache may hold older ones)


def _probed(paths: list[str], marked: bool, want_scripts: bool) -> list[str]:
    """`paths` without the `.wl` files that are not loaded (or, `want_scripts`, only the
    `.wl` scripts); the probe's verdicts are cached per folder (probe_cache.py). In a
    project a file that cannot be read or parsed is kept: it is declared part of the
    program, so its error stops the run rather than a library being dropped unseen."""
    if not any(p.lower().endswith(".wl") for p in paths):
        return [] if want_scripts else paths
    from .probe_cache import ProbeCache
    cache = ProbeCache(os.path.dirname(paths[0]))
    kept = []
    for p in paths:
        if not p.lower().endswith(".wl"):
            if not want_scripts:
                kept.append(p)
            continue
        role = cache.verdict(p, wl_role, usable=lambda v: v in _ROLES)
        if (role in _HINTED[marked]) if want_scripts else (role in _LOADED[marked]):
            kept.append(p)
    cache.save()
    return kept


def is_test_file(name: str) -> bool:
    """`test_*.wl` and `test_*.wdg` files hold tests, not project code."""
    base = os.path.basename(name).lower()
    return base.startswith("test_") and base.endswith((".wl", ".wdg"))


_DECLARATIONS = ("Decl", "ConstDecl", "StructDecl", "EnumDecl", "InterfaceDecl", "Label")
"""What a library's main code may hold: declarations (an interface's too), and labels
(`GLOBAL`, `EXTERN` lines, which run nothing)."""


def only_declares(program: N.Program) -> bool:
    """Does `program`'s main code only declare (a library's or a file of globals', which
    other files load: not a script's)?"""
    return all(type(s).__name__ in _DECLARATIONS for s in program.main.stmts)


def wl_role(path: str) -> str:
    """What a `.wl` file is: a LIBRARY (it declares procedures and its main code does
    nothing but declare), DECLARATIONS (no procedure, its main code only declares: shared
    globals or constants), a SCRIPT (its main code runs statements: a job of its own,
    docs/testing.md) or UNREAD (unreadable, or a syntax error). Read quietly: an encoding
    warning belongs to the files that are loaded, not to every one probed."""
    from ..source_text import decode_source, read_source_bytes, strip_shebang
    try:
        text = strip_shebang(decode_source(read_source_bytes(path), path))
    except (OSError, ValueError):
        return UNREAD
    from ..syntax.parser import parse
    try:
        program = parse(text, path)
    except WLSyntaxError:
        return UNREAD
    if not only_declares(program):
        return SCRIPT
    return LIBRARY if program.procedures else DECLARATIONS


def load_kind(path: str) -> str:
    """A code file's kind by its suffix, which orders the run's loading (KIND_ORDER)."""
    lower = path.lower()
    if lower.endswith(".wdc"):
        return "class"
    if lower.endswith(".wdg"):
        return "set"
    return "library"


def find_layout(start: str) -> ProjectLayout:
    """The project holding `start`: once per folder during `wl check` (run_memo.py)."""
    from .run_memo import run_memo
    here = os.path.abspath(start)
    folder = here if is_project_file(here) or os.path.isdir(here) else os.path.dirname(here)
    return run_memo(("layout", folder), lambda: _find_layout(here))


def _find_layout(start: str) -> ProjectLayout:
    """The project holding `start` (a file or a folder): a project file given (`.wdp`,
    `.wwp`) is its own folder's project; else the search goes up from `start`'s folder
    and stops at the first marker, at a repository's top (a `.git`), at the home folder
    or a mount point,
    and before the system's temporary folder or `/` (searched_folders)."""
    here = os.path.abspath(start)
    folder = here if os.path.isdir(here) else os.path.dirname(here)
    if is_project_file(here) and os.path.isfile(here):
        config = os.path.join(folder, CONFIG_NAME)  # (its wlproject.toml still says
        if os.path.isfile(config):  # which folders hold the code)
            return _from_config(folder, config)
        return ProjectLayout(folder, True)
    for probe in searched_folders(folder):
        config = os.path.join(probe, CONFIG_NAME)
        if os.path.isfile(config):
            return _from_config(probe, config)
        try:
            names = os.listdir(probe)
        except OSError:
            continue
        if _holds_project_file(names):
            return ProjectLayout(probe, True)
        if ".git" in names:  # a project does not reach above its repository
            break
    return ProjectLayout(folder, False)


def searched_folders(folder: str) -> list[str]:
    """The folders a project's marker is looked for in, from `folder` up: not above the
    home folder nor above a mount point, and neither the system's temporary folder nor
    `/` unless `folder` is one (they hold thousands of names, none a project's; before,
    every folder up to `/` was listed for each script run outside a project). A mount
    point is searched: it is often the project's own folder (`docker run -v
    $PWD:/app`, a project on its own drive)."""
    home = os.path.expanduser("~")
    stops = {os.path.realpath(_temp_folder()), os.path.realpath(os.sep)}
    out = [folder]
    probe = folder
    while os.path.realpath(probe) != os.path.realpath(home) and not os.path.ismount(probe):
        parent = os.path.dirname(probe)
        if parent == probe or os.path.realpath(parent) in stops:
            break
        out.append(parent)
        probe = parent
    return out


def _temp_folder() -> str:
    """`tempfile.gettempdir()`, without importing tempfile on POSIX where nothing has
    yet: it imports shutil, random, bz2 and lzma, about 3% of a one-line `wl run` (10
    million of its 350 million instructions). The same search: the first of $TMPDIR,
    $TEMP, $TMP, /tmp, /var/tmp and /usr/tmp that is a folder this process may write
    in (tempfile makes sure by writing a file there), else the current folder."""
    import sys
    if "tempfile" in sys.modules or os.name != "posix":
        import tempfile
        return tempfile.gettempdir()
    candidates = [os.environ.get(v) for v in ("TMPDIR", "TEMP", "TMP")]
    for folder in [c for c in candidates if c] + ["/tmp", "/var/tmp", "/usr/tmp"]:
        if os.path.isdir(folder) and os.access(folder, os.W_OK | os.X_OK):
            return os.path.abspath(folder)
    return os.getcwd()


def is_project_file(name: str) -> bool:
    """Is `name` a project file (`.wdp`, `.wwp`, `.wpp`; any case)?"""
    return name.lower().endswith(PROJECT_SUFFIXES)


def _holds_project_file(names: list[str]) -> bool:
    """Does one of `names` end with a project file's suffix (any case)? A folder may hold
    thousands of names: one search of the names joined (a name holds no NUL) per suffix
    instead of a test per name."""
    joined = ("\0".join(names) + "\0").lower()
    return any(suffix + "\0" in joined for suffix in PROJECT_SUFFIXES)


def _from_config(root: str, config: str) -> ProjectLayout:
    """`wlproject.toml`: optional `sources = [folders]` and `exclude = [glob patterns]`,
    relative to the file (top level or under a `[project]` table)."""
    import tomllib  # only for a project with a wlproject.toml
    try:
        with open(config, "rb") as f:
            data = tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise WLSyntaxError(f"cannot read {CONFIG_NAME}: {exc}", 0, 0, config) from None
    table = data.get("project", data) if isinstance(data.get("project"), dict) else data
    sources = table.get("sources", [])
    exclude = table.get("exclude", [])
    for key, value in (("sources", sources), ("exclude", exclude)):
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            raise WLSyntaxError(f"{CONFIG_NAME}: '{key}' must be a list of strings", 0, 0,
                                config)
    return ProjectLayout(root, True, [os.path.join(root, s) for s in sources], list(exclude))


def native_notes(src: SourceFile) -> list[str]:
    """Warnings for the native (Swift, Java, JavaScript...) blocks a WINDEV file holds:
    they are left out of the program (syntax/winfile.py)."""
    if not is_windev_file(src.path):
        return []
    from ..syntax.winfile import code_blocks, native_note
    return [format_warning(src.path, b.first_line, b.indent + 1, native_note(b), src.raw)
            for b in code_blocks(src.raw) if b.language is not None]


def message_notes(sources: list[SourceFile]) -> list[str]:
    """Warnings for the multilingual messages (`<§@...§>`) whose texts neither their
    file nor its project file holds, in every file of the program (the project's sets
    and classes as the script): one per reference, where it first stands."""
    from ..syntax.string_resources import unread_note, unread_places
    seen: set[str] = set()
    notes: list[str] = []
    for src in sources:
        if not is_windev_file(src.path):
            continue
        for line, column, ref in unread_places(src.text, src.raw):  # (the program
            if ref.lower() in seen:  # keeps the file's lines; `wl check`'s WL218 places
                continue  # each the same way)
            seen.add(ref.lower())
            notes.append(format_warning(src.path, line, column, unread_note(ref), src.raw))
    return notes


class NotTextFile(WLSyntaxError):
    """A .wdg/.wdc not in WINDEV text format (a binary IDE file, random bytes). Beside a
    script (no project marker) it is left out without a word unless the run meets a name
    nobody declares (program.LoadedProject): a folder of binary WINDEV files warned on
    every run of every script, about files no one can fix by hand."""


def read_file(path: str, kind: str | None = None) -> SourceFile:
    """Read one code file; a .wdg/.wdc becomes runnable text (refused if not in text
    format: NotTextFile, at 1:1 with line 1 quoted, as `wl check` reports it (WL100):
    every error of `wl run` has a position)."""
    kind = kind or load_kind(path)
    shown = shown_path(path)
    if not is_windev_file(shown):
        raw = read_source(path)
        return SourceFile(shown, raw, raw, kind)
    converted: list[str] = []

    def convert(raw: str) -> None:
        from ..syntax.winfile import NotTextFormatError
        from .messages import windev_program as program_source
        try:
            converted.append(program_source(raw, shown))
        except NotTextFormatError as exc:
            raise NotTextFile(str(exc).split(": ", 1)[1], 1, 1, shown, raw) from None
    raw = read_source(path, convert)
    return SourceFile(shown, converted[0], raw, kind)
