"""A loaded project: its files parsed once, linked with a script or a test file,
compiled, and run on a fresh Runtime and namespace each time (no re-parse per run).
"""
from __future__ import annotations

__all__ = ["LoadedProject", "Linked", "load_project"]

import os
from ..records import field, record
from typing import TYPE_CHECKING, Any, Callable

from ..compiler.program import CompiledProgram, compile_program
from ..errors import WLError, WLRuntimeError, WLSyntaxError
from ..registry import load_stdlib
from ..runtime.state import Runtime
from ..syntax.names import fold
from .linker import Layout, ParsedFile, link, parse_file
from .neighbour_names import NeighbourNames
from .neighbours import Clash, clash_hints, clashing, script_hints
from .project_file import project_globals
from .sources import NotTextFile, ProjectLayout, SourceFile, find_layout, read_file
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .needed import declared_keys, local_names, needed, written_names
else:
    on_first_call(globals(), ".needed", "declared_keys", "local_names", "needed", "written_names")

_UNKNOWN_NAME = ("WL101", "WL102")  # a name nobody declares, a procedure nobody does


class LoadedProject:
    """The project's own files, parsed once at fixed offsets of the combined source."""

    def __init__(self, layout: ProjectLayout, skip: str | None = None) -> None:
        self.layout = layout
        self.skip = skip
        self.virtual = f"<project {layout.root}>"
        self.files: list[ParsedFile] = []
        self.warnings: list[str] = []  # neighbours that cannot be read (no marker only)
        self.not_text: list[str] = []  # those not in text format: said if a name is unknown
        self.clashes: list[Clash] = []  # the last link's neighbours left out for a clash
        offset = 0
        globals_ = project_globals(layout, self.virtual, self.warnings)
        if globals_ is not None:  # the .wdp's declarations come first, as its init runs
            self.files.append(globals_)
            offset += globals_.lines
        # beside a script (no marker): each neighbour's place and names, parsed when
        # needed (neighbour_names.py): [path, offset, names, parsed or None]
        self._beside: list[list[Any]] = []
        paths = layout.code_files(skip)  # (the probe's verdicts saved: read them after)
        known = None if layout.marked else NeighbourNames(layout.root)
        for path in paths:
            names = known.names(path, self.virtual) if known is not None else None
            if names is not None:
                self._beside.append([path, offset, names, None])
                offset += names[0]
                continue
            try:
                parsed = parse_file(read_file(path), offset, self.virtual)
            except WLSyntaxError as err:
                if layout.marked:  # a project's own file: the project is broken
                    raise
                self._left_out(err, path)
                continue
            self.files.append(parsed)
            offset += parsed.lines
        if known is not None:
            known.save()
        self.end = offset
        self._names: dict[int, tuple[frozenset[str], frozenset[str]]] = {}

    def _left_out(self, err: WLSyntaxError, path: str) -> None:
        """A neighbour that cannot be read as code: its warning, said when a run starts
        (or, not in text format, when a name is unknown)."""
        (self.not_text if isinstance(err, NotTextFile) else self.warnings).append(
            left_out(err, path))

    def _parsed(self, entry: list[Any]) -> ParsedFile | str:
        """A neighbour parsed at its place, once; the warning leaving it out when it no
        longer reads as code (changed since its names were kept)."""
        if entry[3] is None:
            try:
                entry[3] = parse_file(read_file(entry[0]), entry[1], self.virtual)
            except WLSyntaxError as err:
                entry[3] = left_out(err, entry[0])
        return entry[3]

    def all_files(self) -> list[ParsedFile]:
        """Every file of the project, the neighbours beside a script all parsed (`wl
        test`'s mocks compare every procedure's name)."""
        beside = [self._parsed(e) for e in self._beside]
        return self.files + [p for p in beside if not isinstance(p, str)]

    def _loaded(self, extras: list[ParsedFile]) -> tuple[list[ParsedFile], list[str]]:
        """The project's files the program is made of with `extras`, and the warnings for
        the neighbours left out: in a project every file; beside a script (no marker)
        only the neighbours it needs (needed.py), less each one declaring a name a
        neighbour loaded before it declares (neighbours.clashing)."""
        self.clashes = []
        if self.layout.marked or not self.files and not self._beside:
            return list(self.files), []
        script = [self._written(f) for f in extras]
        beside: list[tuple[frozenset[str], frozenset[str], Any]] = [
            (e[2][1], e[2][2], e) for e in self._beside]
        beside += [(*self._written(f), f) for f in self.files]  # (unreadable when probed)
        beside.sort(key=lambda b: b[2][1] if isinstance(b[2], list) else b[2].offset)
        needs = needed((frozenset().union(*(w for w, _ in script)),
                        frozenset().union(*(d for _, d in script))),
                       [(w, d) for w, d, _ in beside])
        taken: dict[str, str] = {}  # a name -> the neighbour declaring it
        files: list[ParsedFile] = []
        warnings: list[str] = []
        for i in needs:
            held = beside[i][2]
            parsed = self._parsed(held) if isinstance(held, list) else held
            if isinstance(parsed, str):
                warnings.append(parsed)
                continue
            clash = clashing(parsed, taken, self.clashes)
            if clash is None:
                files.append(parsed)
            else:
                warnings.append(clash)
        return files, warnings

    def _written(self, parsed: ParsedFile) -> tuple[frozenset[str], frozenset[str]]:
        """The names `parsed` writes and those it declares (folded), read once per file."""
        got = self._names.get(parsed.offset)
        if got is None:
            got = (written_names(parsed.source.text) - local_names(parsed.program),
                   declared_keys(parsed.program))
            if parsed.offset < self.end:  # (a project's file, not an extra)
                self._names[parsed.offset] = got
        return got

    def link(self, extras: list[SourceFile], mocked: set[str] | None = None,
             strict: bool = False, data_names: frozenset[str] = frozenset()) -> "Linked":
        """Compile the project with `extras` (conftests, then the script or test file)
        appended; raises WLSyntaxError at the original file and line."""
        offset = self.end
        added: list[ParsedFile] = []
        for src in extras:
            parsed = parse_file(src, offset, self.virtual)
            added.append(parsed)
            offset += parsed.lines
        files, dropped = self._loaded(added)
        files = _not_included(files, added) + added
        while True:
            layout = Layout(files, self.virtual)
            try:
                program = link(files, self.virtual, mocked)  # its source: the combined text
                compiled = compile_program(program, load_stdlib(), strict=strict,
                                           data_names=data_names)
                dropped += script_hints(compiled.diagnostics, self._scripts(compiled))
                dropped += clash_hints(compiled.diagnostics, self.clashes)
                if any(d.code in _UNKNOWN_NAME for d in compiled.diagnostics):
                    dropped += self.not_text  # (it might have declared the name)
                return Linked(compiled, layout, files, dropped)
            except WLSyntaxError as err:
                failed = layout.relocate(err)
            except RecursionError:  # at the deepest point, in the file that holds it
                from ..syntax.nesting import too_deep
                failed = layout.relocate(too_deep([f.program for f in files], self.virtual,
                                                  None))
            neighbour = self._neighbour_at(failed, files)
            if neighbour is None:
                raise failed from None
            files.remove(neighbour)  # then compiled again without it
            dropped.append(left_out(failed, neighbour.source.path))

    def _scripts(self, compiled: CompiledProgram) -> list[str]:
        """The project's `.wl` scripts, left out, when some call is unknown (else none:
        only then are they looked for)."""
        if not any(d.code == "WL102" for d in compiled.diagnostics):
            return []
        return self.layout.left_scripts(self.skip)

    def _neighbour_at(self, err: WLError, files: list[ParsedFile]) -> ParsedFile | None:
        """The file beside the script (no project marker) that `err`, relocated, is in:
        its code does not compile (a GOTO to no label, a RESULT where none may be...),
        so it is left out as one that does not parse is, and the script still runs;
        None in a project, or when the error is in the script's own code."""
        if self.layout.marked:
            return None
        return next((f for f in files if f.offset < self.end and f.source.path == err.filename),
                    None)


@record
class Linked:
    """A compiled program of the project plus extras; `start` runs it on a fresh
    namespace, `call` calls one of its procedures."""

    compiled: CompiledProgram
    layout: Layout
    files: list[ParsedFile]
    dropped: list[str] = field(default_factory=list)  # neighbours left out: not compiling
    rerun: Any = field(default=None, repr=False)  # engine.Rerun, once started

    @property
    def warnings(self) -> list[str]:
        return self.dropped + [self.layout.relocate_warning(w) for w in self.compiled.warnings]

    def procedure(self, ns: dict[str, Any], name: str) -> Callable[..., Any] | None:
        py = ns.get("__procs__", {}).get(fold(name))
        return ns.get(py) if py else None

    def start(self, rt: Runtime) -> dict[str, Any]:
        """Run every file's main code in a fresh namespace; returns the namespace (the
        caller calls `rt.finish()` when done). Started again (`wl test`: once per case),
        it reuses what the first start defined (engine.Rerun): a start costs the same
        however many procedures the project has."""
        from ..engine import Rerun, run_compiled
        rt.options.setdefault("locate", self.layout.location)
        rt.options.setdefault("relocate", self.layout.relocate)  # errors of threads
        if self.rerun is None:
            self.rerun = Rerun()
        rerun = self.rerun
        ns: dict[str, Any] = self.guard(
            lambda: run_compiled(self.compiled, rt, finish=False, rerun=rerun))
        return ns

    def call(self, ns: dict[str, Any], rt: Runtime, name: str, args: list[Any],
             syntax: str | None = None, func: Callable[..., Any] | None = None) -> Any:
        """Call procedure `name` with WLanguage values (`syntax`: the function of one of
        its syntaxes, already chosen; `func`: the function to run, a class's method); the
        raw result (a tuple for a procedure with by-reference parameters: result first,
        then each parameter)."""
        if func is None:
            func = self.procedure(ns, name) if syntax is None else ns.get(syntax)
        if func is None:
            raise WLRuntimeError(f"there is no procedure named '{name}'.",
                                 filename=self.files[-1].source.path)
        from ..runtime.deferred_stops import stops_deferred
        from ..runtime.size_watch import enter as enter_run_limits
        leave: Any = None
        try:
            with stops_deferred():  # armed and assigned together: the finally disarms
                leave = enter_run_limits(rt.options)  # --max-depth, --max-string...
            return self.guard(lambda: _invoke(func, args, name))
        finally:
            if leave is not None:
                leave()

    def writes_back(self, ns: dict[str, Any], name: str) -> bool:
        py = ns.get("__procs__", {}).get(fold(name))
        return bool(ns.get("__writeback__", {}).get(py))

    def finish(self, rt: Runtime, failed: WLError | None) -> None:
        """The end of the run (thread_gate.finish_after), its errors at their original
        files and lines as the main code's are: a destructor failing at the end, a
        thread's error reported after `failed`."""
        from ..runtime.thread_gate import finish_after
        try:
            self.guard(lambda: finish_after(rt, failed))
        finally:
            if failed is not None:
                self.layout.relocate(failed)

    def guard(self, action: Callable[[], Any]) -> Any:
        """Run `action` with WLanguage error mapping and relocation to original files (the
        call depth is set with the other limits of the run: runtime/limits.py)."""
        from ..commands.limits import raise_held
        from ..run_errors import CATCHABLE, as_wl_exception
        from ..errors import ProgramEnd
        try:
            result = action()
            raise_held()  # a stop a destructor swallowed passes here too, to be placed
            return result
        except ProgramEnd:
            raise
        except CATCHABLE as exc:
            raise self.layout.relocate(as_wl_exception(exc)) from None
        except WLError as err:
            raise self.layout.relocate(err) from None
        except BaseException as exc:  # Ctrl-C, --timeout: commands.limits positions them
            exc.wl_relocate = self.layout.relocate  # type: ignore[attr-defined]
            raise


def _not_included(files: list[ParsedFile], extras: list[ParsedFile]) -> list[ParsedFile]:
    """`files` less those an EXTERN line of one of them or of `extras` includes: their text
    is in the includer's program already (project/includes.py), and loaded again as a
    file of the project its names would be declared twice."""
    inside = {os.path.realpath(i.source.path) for f in files + extras for i in f.included}
    if not inside:
        return files
    return [f for f in files if os.path.realpath(f.source.path) not in inside]


def _invoke(func: Callable[..., Any], args: list[Any], name: str) -> Any:
    import inspect
    try:
        inspect.signature(func).bind(*args)
    except TypeError:
        raise WLRuntimeError(f"wrong number of arguments for {name}.") from None
    return func(*args)


def left_out(err: WLError, path: str,
             why: str = "not loaded (beside the script, not part of it)") -> str:
    """The warning for a file beside the script that cannot be read as code. Decision
    (docs/semantics.md, 9a): without a project marker the folder's .wdg/.wdc files are
    only neighbours, often unrelated (a binary WINDEV file, a half-saved copy), so one of
    them must not stop every script of the folder; if the script needs it, the unknown
    name it then meets follows this warning, which says why."""
    from ..errors import format_warning
    where = err.filename if err.filename and not err.filename.startswith("<") else path
    return format_warning(where, max(err.line, 1), max(err.column, 1),
                          f"{why}: {err.message}",
                          None)


def load_project(start: str, skip: str | None = None) -> LoadedProject:
    """The project holding `start` (a file or folder), its code parsed once."""
    return LoadedProject(find_layout(start), skip)

