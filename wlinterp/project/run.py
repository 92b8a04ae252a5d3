"""`wl run FILE` and `wlinterp.run_file`: run a script (.wl, .wdg or .wdc) with the whole
project it belongs to, and optionally call one procedure afterwards (`--call`).
"""
from __future__ import annotations

__all__ = ["call_arguments", "find_procedure", "run_script", "show_result"]

from importlib import import_module
from typing import Any, TextIO

from ..errors import WLRuntimeError
from ..runtime.state import Runtime
from ..runtime.thread_gate import main_code
from ..semantics.held_warnings import not_repeated, split_held
from ..syntax import nodes as N
from ..syntax.names import fold
from .convert import command_line_args, literal_args, to_json, typed_args
from .program import Linked, load_project
from .sources import message_notes, native_notes, read_file


def run_script(path: str, *, stdout: TextIO | None = None, stderr: TextIO | None = None,
               options: dict[str, Any] | None = None, args: list[str] | None = None,
               call: str | None = None, json: bool = False) -> Runtime:
    """Load the project holding `path`, run every file's main code then the script's,
    then `call` (with `args` typed by the procedure's parameters). Returns the finished
    Runtime; raises WLError at the original file and line."""
    rt = Runtime(stdout=stdout, stderr=stderr, options=options, args=args, filename=path)
    project = load_project(path, skip=path)
    rt.state["project_layout"] = project.layout  # (the analysis is looked for there)
    from ..hfsql.names import analysis_names
    script = read_file(path, "script")
    from .elements import element_kinds_beside  # windows, pages, reports: names
    elements = element_kinds_beside(path, project.layout)  # that stop the run where read
    from ..runtime.limits import memory_limit
    restore = memory_limit(rt.options)  # its compilation weighed against --max-memory
    try:
        linked = project.link([script], strict=bool(rt.options.get("strict")),
                              data_names=analysis_names(rt) | frozenset(elements))
    finally:
        restore()
    if elements:
        from ..windev_controls import remember_elements
        remember_elements(elements)
    shown: list[str] = []
    held: list[str] = []  # reads before a declaration: said by the error if it stops there
    if not rt.options.get("no_warnings"):
        from ..semantics.dead_procedures import without_called
        shown = [*project.warnings, *native_notes(script),
                 *message_notes([f.source for f in linked.files]),
                 *without_called(linked.warnings, call)]
        early, held = split_held(shown)
        for warning in early:
            rt.write_err(warning)
    failed: WLRuntimeError | None = None
    try:
        ns = linked.start(rt)
        if call is not None and not rt.ended:
            with main_code(rt):  # a thread's fatal error ends the call too
                _call(linked, ns, rt, call, list(args or []), json)
    except WLRuntimeError as err:
        failed = err
        for warning in not_repeated(held, err):
            rt.write_err(warning)
        raise
    finally:  # a thread failing in the end's wait is reported after the run's error
        linked.finish(rt, failed)
    for warning in held:
        rt.write_err(warning)
    if not rt.options.get("no_warnings"):  # a run that called nothing says so at its end
        from ..semantics.dead_procedures import run_note
        note = run_note(shown, call, linked.files[-1].program, script.path)
        if note:
            rt.write_err(note)
    return rt


def find_procedure(linked: Linked, name: str) -> N.Procedure | None:
    """The AST of procedure `name` (to read its declared parameter types); for a name
    written `Class::Method` or `Class.Method` that no procedure has, the class's method."""
    key = fold(name)
    for f in linked.files:
        for p in f.program.procedures:
            if p.owner is None and fold(p.name) == key:
                return p
    target = method_target(name)
    if target is None:
        return None
    cls, method = target
    for owner in _lineage(linked, cls):
        for f in linked.files:
            for p in f.program.procedures:
                if p.owner is not None and (fold(p.owner), fold(p.name)) == (owner, method):
                    return p
    return None


def _lineage(linked: Linked, cls: str) -> list[str]:
    """The class `cls` (folded) then its ancestors, nearest first, every `inherits from`
    line (multiple inheritance, ?6010007) in runtime/lineage.py's order, the one the run
    searches: `--call CChild::M` runs a GLOBAL method CChild inherits from a parent, as
    `CChild::M()` in code does (runtime/objects.py class_method_ref)."""
    from ..runtime.lineage import linearized
    parents = {fold(s.name): [fold(b) for b in s.bases or ([s.base] if s.base else [])]
               for f in linked.files for s in f.program.main.stmts
               if isinstance(s, N.StructDecl)}
    return linearized(cls, parents.get) or [cls]


def method_target(name: str) -> tuple[str, str] | None:
    """(class, method), folded, of a `--call` name written `Class::Method` or
    `Class.Method`, as code calls a GLOBAL method on its class; None for another name."""
    for sep in ("::", "."):
        owner, found, method = name.partition(sep)
        if found and owner.strip() and method.strip():
            return fold(owner.strip()), fold(method.strip())
    return None


def _call(linked: Linked, ns: dict[str, Any], rt: Runtime, name: str, args: list[str],
          json: bool) -> None:
    from ..errors import ProgramEnd
    proc = find_procedure(linked, name)
    method = None if proc is None or proc.owner is None else _method(rt, proc, name)
    if proc is None or method is None and linked.procedure(ns, name) is None:
        raise WLRuntimeError(f"--call: there is no procedure named '{name}'.",
                             filename=rt.filename)
    try:
        syntax, values = call_arguments(ns, proc, args)
    except WLRuntimeError as err:  # an argument out of range: the command line's, not a
        err.message = f"--call {name}: {err.message}"  # line of the code (was `<string>`)
        err.args, err.filename = (err.message,), rt.filename
        raise
    try:
        result = linked.call(ns, rt, name, values, syntax, method)
    except ProgramEnd as end:
        rt.exit_code, rt.ended = end.code, True
        return
    except WLRuntimeError as err:
        if err.message.startswith("wrong number of arguments"):  # the command line's,
            err.message = f"--call: {err.message}"  # at the file (it said `<string>`)
            err.args, err.filename = (err.message,), rt.filename
        raise
    if isinstance(result, tuple) and method is None and linked.writes_back(ns, name):
        result = result[0]
    if json:
        rt.write_out(to_json(result))
    elif result is not None:
        show_result(rt, result)


def _method(rt: Runtime, proc: N.Procedure, name: str) -> Any:
    """The method `proc` (`--call CClass::Method`) run on its class, as `CClass::Method()`
    in code runs it: a GLOBAL method reads and writes the class's global members; any
    other member it reads stops the run in words (runtime/objects.py class_receiver)."""
    from ..runtime.objects import class_method_ref
    return class_method_ref(rt, fold(proc.owner or ""), fold(proc.name), name).func


def call_arguments(ns: dict[str, Any], proc: N.Procedure,
                     args: list[str]) -> tuple[str | None, list[Any]]:
    """(the function of the syntax `--call` runs, None for a procedure with one; the
    values of `args` for it; `wl run -` too: engine.py). With several syntaxes the arguments choose as written in
    code (`Show(12.5)`: a real, `Show(abc)`: a string; docs/cli.md "--call"); then the
    chosen syntax's typed parameters get the text as typed, as a single syntax's do."""
    from ..runtime.overloads import OverloadTable, chosen_syntax
    table = ns.get("_OV_" + str(ns.get("__procs__", {}).get(fold(proc.name))))
    if not isinstance(table, OverloadTable):
        return None, command_line_args(proc, args)
    index = chosen_syntax(table, literal_args(args))
    typed = [spec is not None for spec in table.syntaxes[index].params]
    return table.pynames[index], typed_args(typed, args)


def show_result(rt: Runtime, result: Any) -> None:
    """`--call`'s result printed as Trace shows it (an array, a structure or an associative
    array as compact JSON; several results separated by ", ")."""
    shown = import_module("wlinterp.stdlib.console").shown  # (a family, loaded on demand)
    rt.write_out(shown(result) if not isinstance(result, tuple)
                 else ", ".join(shown(x) for x in result))
