"""Running programs: parse, compile, execute in a fresh namespace, and map every failure
to a WLanguage error at a WLanguage position (run_errors.py: how a Python failure
becomes that error, and where).

`run_source` is the one entry point used by the CLI, the REPL and the tests.
"""
from __future__ import annotations

__all__ = ["run_source", "run_file", "compile_source", "prepare_run", "run_compiled"]

from typing import TYPE_CHECKING, Any, TextIO

from .runtime.namespace import runtime_names
from .compiler.program import CompiledProgram, compile_program
from .errors import WLRuntimeError, WLSyntaxError
from .run_errors import CATCHABLE, LINEMAPS, as_wl_exception, stopped_error
from .secret_values import start_run
from .syntax.parser import parse
from .registry import NonFatalError, load_stdlib
from .runtime.state import Runtime
from .runtime.method_args import method_entry
from .runtime.types import coerce, default_value
from .runtime.limits import GROWTH_CHECKED, check_growth, from_options
from .runtime.size_watch import enter as enter_run_limits
from .runtime.deferred_stops import stops_deferred
from .runtime.run_clock import run_starts

if TYPE_CHECKING:
    from .syntax import nodes as N

_MISSING = object()  # an optional parameter the caller left out


def compile_source(text: str, filename: str = "<string>",
                   strict: bool = False, data_names: frozenset[str] = frozenset(),
                   defer: bool = True) -> CompiledProgram:
    """Parse, check and compile; raises WLSyntaxError (`strict`: on any semantic error,
    undeclared variables and unknown functions included). `data_names`: the analysis's
    file and item names, which are not undeclared variables. `defer`: compile_program's
    (False: every procedure's code now, `--python`)."""
    program = parse(text, filename)
    registry = load_stdlib()
    try:
        return compile_program(program, registry, strict=strict, data_names=data_names,
                               defer=defer)
    except RecursionError:
        from .syntax.nesting import too_deep
        raise too_deep([program], filename, text) from None


def _namespace(compiled: CompiledProgram, rt: Runtime) -> dict[str, Any]:
    ns: dict[str, Any] = runtime_names()  # an explicit list (runtime/namespace.py)
    ns.update(compiled.consts)
    ns.update(_run_names(rt))
    return ns


def _run_names(rt: Runtime) -> dict[str, Any]:
    """The engine's own names in a run's namespace (some are the run's: `_rt`...)."""
    return {
        "__name__": "__wl__", "_rt": rt, "_ctx": rt.typectx, "_M": _MISSING,
        "CATCHABLE": CATCHABLE, "as_wl_exception": as_wl_exception,
        "NonFatalError": NonFatalError, "coerce": coerce, "default_value": default_value,
        "_big_str": min(from_options(rt.options)[0], GROWTH_CHECKED), "check_growth": check_growth,
    }


class Rerun:
    """One program run again and again, each time on a fresh Runtime (`wl test`: one run
    per case). Its module code defines every procedure (a function, or a stub for one
    compiled on first call: compiler/lazy.py), so each run cost time in proportion to
    the project's procedures, whatever the case called. The functions read their globals
    from the dict they were defined in: the runs share one dict, emptied and given back
    what the module code defined (one C-level copy), then the run's own names. No run
    sees another's globals; the functions, their code compiled on first call, and the
    method table are made once."""

    def __init__(self) -> None:
        self.ns: dict[str, Any] = {}
        self.defined: dict[str, Any] | None = None  # the namespace after the module code
        self.methods: dict[Any, Any] = {}

    def namespace(self, compiled: CompiledProgram, rt: Runtime) -> dict[str, Any]:
        """The namespace for the next run: as a first run finds it, or as the module code
        left it."""
        self.ns.clear()
        self.ns.update(self.defined if self.defined is not None else
                       _namespace(compiled, rt))
        self.ns.update(_run_names(rt))
        lazy = self.ns.get("__wl_lazy__")
        if self.defined is not None and lazy is not None:  # what earlier cases' first
            lazy.sync(self.ns)  # calls generated (compiler/first_call.py)
        return self.ns

    def keep(self, methods: dict[Any, Any]) -> None:
        """After the first run's module code: what the next runs start from."""
        self.defined, self.methods = dict(self.ns), methods


def _methods(ns: dict[str, Any]) -> dict[Any, Any]:
    """The methods the module code defined, for the run's method table."""
    methods = {k: ns[py] for k, py in ns.get("__methods__", {}).items()}
    for key, back in ns.get("__method_writeback__", {}).items():  # method_args.py
        methods[key] = method_entry(ns[ns["__methods__"][key]], back)
    return methods


def warm_up_run() -> None:
    """Import what a run loads on first use (the runtime helpers of the namespace, the
    size sampling): done at start-up, so that `--timeout` counts the code that runs, not
    the interpreter importing itself (under load, a first REPL input spent its 0.2 s in
    imports, and a time limit expiring inside Python's compiler broke it)."""
    from .runtime import size_watch  # noqa: F401
    runtime_names()


def run_compiled(compiled: CompiledProgram, rt: Runtime, ns: dict[str, Any] | None = None,
                 finish: bool = True, call: tuple[str, list[str]] | None = None,
                 rerun: Rerun | None = None, prepared: bool = False) -> dict[str, Any]:
    """Execute a compiled program; uncaught WLanguage errors propagate, positioned.
    Returns the namespace it ran in.

    The REPL passes its own namespace `ns` (kept between inputs), `finish=False`, and
    `prepared` (it ran `prepare_run` itself, before its time limit); a program run once
    per test case, its `rerun`.
    """
    if not prepared:
        run_starts()  # `wl run --timeout`: the run's seconds count from here
        ns = prepare_run(compiled, rt, ns, rerun)
    assert ns is not None
    from .errors import ProgramEnd
    from .runtime.thread_gate import finish_after, main_code
    failed: WLRuntimeError | None = None
    leave_limits = _nothing
    try:
        with stops_deferred():  # armed and assigned together: the finally disarms
            leave_limits = enter_run_limits(rt.options)  # --max-depth, --max-string...
        with main_code(rt):  # a thread's fatal error interrupts the main code
            ns["__wl_main__"]()
            if call is not None:
                _call_procedure(ns, rt, compiled.tree, *call)
    except ProgramEnd as end:  # (a thread's error in flight is raised by main_code)
        rt.exit_code = end.code
        rt.ended = True
    except CATCHABLE as exc:
        failed = as_wl_exception(exc)
        raise failed from None
    finally:
        try:  # the threads still running keep the run's limits: left once they are over
            if finish:  # (a first call in a thread then restored --max-depth's recursion
                finish_after(rt, failed)  # limit for good: 6000 after the run, not 1000)
        finally:  # a thread failing in the end's wait is reported after the main error
            leave_limits()
    return ns


def prepare_run(compiled: CompiledProgram, rt: Runtime, ns: dict[str, Any] | None = None,
                rerun: Rerun | None = None) -> dict[str, Any]:
    """The namespace a run's main code starts in, the module code run in it (the
    definitions of the procedures and methods) and the method table. The REPL keeps its
    namespace and its session's classes from input to input, and runs this before its
    time limit starts: a limit expiring among the definitions left a class's methods
    listed and never defined, and every later input then failed with a Python KeyError.
    (`wl run` and `wl test` run it under theirs: a stop there ends the run or the case,
    "stopped in the loading of its procedures", and the next case defines them again.)"""
    LINEMAPS[compiled.code.co_filename] = compiled
    start_run(compiled.source, again=ns is not None)  # secrets known by value: this run's
    if rerun is not None:
        ns = rerun.namespace(compiled, rt)
    elif ns is None:
        ns = _namespace(compiled, rt)
    else:
        ns.update(_namespace(compiled, rt))
    rt.typectx.structs.update(compiled.consts.get("__structs__", {}))
    rt.typectx.enum_types.update(compiled.consts.get("__enum_types__", {}))
    rt.state["namespace"] = ns  # built-ins given a procedure by name (runtime/procrefs.py)
    rt.state["program"] = compiled  # Compile compiles against it (stdlib/dynamic_code.py)
    if not isinstance(rt.typectx.objects, _BuiltinTypes):
        rt.typectx.objects = _BuiltinTypes(rt)
    try:
        if rerun is not None and rerun.defined is not None:
            rt.typectx.methods.update(rerun.methods)
        else:
            exec(compiled.code, ns)
            methods = _methods(ns)
            rt.typectx.methods.update(methods)
            if rerun is not None:
                rerun.keep(methods)
    except CATCHABLE as exc:
        raise as_wl_exception(exc) from None
    return ns


def _nothing() -> None:
    """No limits entered yet: nothing to leave."""


class _BuiltinTypes(dict):
    """The built-in object types' factories, looked up by folded name when a variable is
    declared (a lookup imports only that type's family, not the whole library)."""

    def __init__(self, rt: Runtime) -> None:
        super().__init__()
        self._rt = rt

    def get(self, name: str, default: Any = None) -> Any:
        entry = load_stdlib().types.get(name)
        if entry is None:
            return default
        factory, rt = entry.value, self._rt
        return lambda: factory(rt)

    def constructor(self, name: str) -> Any:
        """The type's `wl_construct` bound to the run (`t is Thread(Proc)`), or None."""
        entry = load_stdlib().types.get(name)
        build = getattr(entry.value, "wl_construct", None) if entry is not None else None
        rt = self._rt
        return None if build is None else (lambda *args: build(rt, *args))

    def converter(self, name: str) -> Any:
        """The type's `wl_from_value` (a value assigned becomes one of it), or None."""
        entry = load_stdlib().types.get(name)
        return getattr(entry.value, "wl_from_value", None) if entry is not None else None


def _call_procedure(ns: dict[str, Any], rt: Runtime, program: N.Program, name: str,
                    args: list[str]) -> None:
    """`wl run --call NAME ARGS` on standard input or `wl -c`: call a procedure after the
    main code and show its result. Its arguments are typed as a file's run types them
    (project/run.py `call_arguments`: a typed parameter gets the text as typed)."""
    from .syntax.names import fold
    from .project.run import call_arguments
    pyname = ns.get("__procs__", {}).get(fold(name))
    proc = next((p for p in program.procedures
                 if p.owner is None and fold(p.name) == fold(name)), None)
    if pyname is None or proc is None:
        raise WLRuntimeError(f"--call: there is no procedure named '{name}'.",
                             filename=rt.filename)
    try:
        syntax, values = call_arguments(ns, proc, args)
    except WLRuntimeError as err:
        raise WLRuntimeError(f"--call {name}: {err.message}", filename=rt.filename) from None
    try:
        result = ns[syntax or pyname](*values)
    except TypeError:
        raise WLRuntimeError(f"--call: wrong number of arguments for {name}.",
                             filename=rt.filename) from None
    if isinstance(result, tuple) and ns.get("__writeback__", {}).get(pyname):
        result = result[0]
    if result is not None:
        from .project.run import show_result
        show_result(rt, result)


def run_source(text: str, filename: str = "<string>", *, stdout: TextIO | None = None,
               stderr: TextIO | None = None, options: dict[str, Any] | None = None,
               args: list[str] | None = None, call: str | None = None) -> Runtime:
    """Compile and run WLanguage `text`. Returns the finished Runtime.

    Raises WLSyntaxError for bad source and WLRuntimeError for an uncaught WLanguage
    error; compile warnings go to `stderr`.
    """
    rt = Runtime(stdout=stdout, stderr=stderr, options=options, args=args, filename=filename)
    from .hfsql.names import analysis_names
    compiled = compile_source(text, filename, strict=bool(rt.options.get("strict")),
                              data_names=analysis_names(rt))
    from .semantics.held_warnings import not_repeated, split_held
    held: list[str] = []
    if not rt.options.get("no_warnings"):
        from .semantics.dead_procedures import run_note, without_called
        shown = without_called(compiled.warnings, call)
        early, held = split_held(shown)
        for warning in early:
            rt.write_err(warning)
    try:
        run_compiled(compiled, rt, call=(call, list(args or [])) if call else None)
    except WLRuntimeError as err:  # (a read before its declaration: the error says it)
        for warning in not_repeated(held, err):
            rt.write_err(warning)
        raise
    for warning in held:
        rt.write_err(warning)
    if not rt.options.get("no_warnings"):
        note = run_note(shown, call, compiled.tree, filename)
        if note:
            rt.write_err(note)
    return rt


def run_file(path: str, **kwargs: Any) -> Runtime:
    """Run a .wl, .wdg or .wdc file with the project it belongs to (wlinterp.project)."""
    from .project import run_script
    return run_script(path, **kwargs)
