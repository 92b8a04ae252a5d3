"""Dynamic compilation: Compile / ExecuteProcess(name, trtProcedure, ...) / Execute.

Help page ?3013015 (Compile, read): "Dynamically compiles a procedure whose source code
is supplied. The created and compiled procedure is a procedure global to the project."
`Compile(name, code)` gives "" when the compilation succeeded, else what went wrong (the
page's example also tests "ERR", then reads ErrorInfo); `Compile(code)` gives the
procedure itself (`Formula is procedure = Compile(code)`, ErrorOccurred on failure); the
procedure is run with `ExecuteProcess(name, trtProcedure)`. The engine compiles
WLanguage to Python, so this is real: the code is compiled against the running program
(its global variables, constants, structures, classes and procedures are known, as in
the IDE, and the code runs on the same globals) and its function joins the program's
procedures. Decisions (docs/builtins.md "Dynamic compilation"): the code may start with
its own `PROCEDURE Name(params)` line (its name is replaced by the one given), else it
is the body of `PROCEDURE Name(*)` (arguments read with MyParameters); compiling empty
code removes a dynamic procedure; a name the program already uses for a procedure is a
compilation error; the program's own code calls a dynamic procedure by its name when
the program gives Compile that name as a literal (semantics/dynamic_names.py), and
ExecuteProcess, a `procedure` variable (`f is procedure = Compile(name, code)`) and the
built-ins taking a procedure name reach it in any case.
"""
from __future__ import annotations

import re
import types
from dataclasses import replace
from typing import Any

from wlinterp.errors import BuiltinFailure, WLError, WLRuntimeError, WLSyntaxError
from wlinterp.registry import Family, ProcArg
from wlinterp.runtime import values as V
from wlinterp.runtime.containers import WLStruct
from wlinterp.runtime.method_args import call_method
from wlinterp.runtime.procrefs import call_counted, compiled_ref, procedure_arg
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

family = Family("Dynamic compilation")

# ExecuteProcess's kind of process: trtProcedure (VERIFIED, the Compile page's example;
# its French example writes trtProcédure); trtClick, the one real code uses on a button,
# INFERRED (a control's event: a window function here); trtSelection/trtSélection, a
# list's selection event, is called so by PC SOFT's own example projects (EN and FR).
# The numbers VERIFIED in WINDEV Mobile's generated Java for `ExécuteTraitement(x, trt...)`
# (code search ids 45154242104, 5783945877, 9370336454; docs/builtins.md "Constant values").
TRT_PROCEDURE = family.constant("trtProcedure", "trtProcédure", 10)
family.constant("trtClick", "trtClic", 18)
family.constant("trtSelection", "trtSélection", 33)

_HEADER = re.compile(r"^(\s*)(proc[eé]dure|function|fonction)(\s+)([^\W\d]\w*)", re.I)
_ANONYMOUS = "_wl_compiled_"


@family.function("Compile", "Compile", can_fail=True)
def compile_code(rt: Runtime, name_or_code: object, code: object = None) -> Any:
    """`Compile(name, code)`: "" or the compilation error; `Compile(code)`: the compiled
    procedure (a non-fatal error, Null, when it does not compile). The name compiled
    last is kept for `f is procedure = Compile(name, code)` (procrefs.compiled_procedure)."""
    rt.state.pop("compile.last", None)
    if code is None:
        count = rt.state["compile.count"] = rt.state.get("compile.count", 0) + 1
        name = f"{_ANONYMOUS}{count}"
        problem = _compile(rt, name, V.to_str(name_or_code))
        if problem:
            raise BuiltinFailure(f"Compile: {problem}", value=None)
        return procedure_arg(rt, name, "Compile")
    name = V.to_str(name_or_code).strip()
    if not re.fullmatch(r"[^\W\d]\w*", name):
        raise BuiltinFailure(f"Compile: '{name}' is not a procedure name.", value="ERR")
    text = V.to_str(code)
    if not text.strip():
        _forget(rt, name)
        return ""
    problem = _compile(rt, name, text)
    if not problem:
        rt.state["compile.last"] = name
    return problem


@family.function("ExecuteProcess", "ExécuteTraitement")
def execute_process(rt: Runtime, target: ProcArg, kind: object, *args: Any) -> Any:
    """`ExecuteProcess(name, trtProcedure, args...)`: call the procedure named `name`
    (one of the program's, or one Compile made) and give its result. `ExecuteProcess(obj,
    p, args...)` with a Procedure Description p calls that method on obj, Null for a
    GLOBAL one (?1000019317, "Call to method"). Any other kind runs an event of a window
    or control: a window function."""
    described = getattr(kind, "wl_call_on", None)
    if described is not None:
        return described(rt, target, *args)
    if type(kind) is str and isinstance(target, WLStruct):
        return _method_by_name(rt, target, kind, args)
    if type(kind) is str and target is None:
        raise WLRuntimeError(f"ExecuteProcess: the object is Null: no object to call "
                             f"'{kind}' on (a dynamic object is Null until new or an "
                             f"assignment gives it one).")
    if kind != TRT_PROCEDURE or isinstance(target, bool) or not isinstance(target, str):
        raise WLRuntimeError("ExecuteProcess runs the event of a window or a control: a "
                             "window function, not available outside the IDE (with "
                             "trtProcedure it calls a procedure by its name).")
    ref = compiled_ref(rt, target) or procedure_arg(rt, target, "ExecuteProcess")
    return call_counted(ref, target, args, "ExecuteProcess: ")


def _method_by_name(rt: Runtime, obj: WLStruct, name: str, args: tuple[Any, ...]) -> Any:
    """`ExecuteProcess(obj, "Method", args...)`: the method of obj's class (or an
    ancestor's) of that name, any case, accents ignored, as a name the class enumeration
    page (?6010015) reads from a Definition is called; a name no class of its lineage
    declares is an error naming the class (decided: fatal, as an unknown procedure's)."""
    wanted = fold(name.strip())
    if not any((cls, wanted) in rt.typectx.methods for cls in obj.sdef.lineage()):
        what = "class" if obj.sdef.is_class else "structure"
        raise WLRuntimeError(f"ExecuteProcess: the {what} {obj.sdef.name} has no method "
                             f"'{name}'.")
    return call_method(rt, obj, wanted, *args)


@family.function("ExecuteAncestor", "ExécuteAncêtre")
def execute_ancestor(rt: Runtime, *args: Any) -> Any:
    """In a class method, `ExecuteAncestor(...)` calls the ancestor's version of the method:
    the compiler does that itself (compiler/functions.py, `execute_ancestor`), so a call
    never reaches this function; elsewhere (and reached here, through an indirect call)
    it runs the code of a window or control template: a window function."""
    raise WLRuntimeError("ExecuteAncestor runs the code of a window or control template: "
                         "a window function, not available outside the IDE (in a class "
                         "method it runs the ancestor's version).")


@family.function("Execute", "Exécute")
def execute(rt: Runtime, name: ProcArg, *args: Any) -> Any:
    """`Execute(name, args...)` (help page ?3013041, read in French): runs the procedure
    named `name` and gives its result, the parameters always passed by value. The page
    keeps running a control's or window's process by name for compatibility (advising
    ExecuteProcess): no procedure of that name is an error here."""
    if isinstance(name, bool) or not isinstance(name, str):
        own = _own_execute(name)
        if own is not None:  # `t.Execute()` on a Thread: ThreadExecute(t)
            return own.call(rt, name, *args)
        ref = procedure_arg(rt, name, "Execute")  # a procedure itself
        return call_counted(ref, ref.name, args, "Execute: ")
    ref = compiled_ref(rt, name) or procedure_arg(rt, name, "Execute")
    return call_counted(ref, name, args, "Execute: ")


def _own_execute(value: Any) -> Any:
    """The built-in `value.Execute()` means for a value whose type has prefixed methods
    (a Thread: ThreadExecute), None for others: `x.Execute()` compiles as Execute(x)
    since Execute is a built-in (runtime/value_methods.py)."""
    from wlinterp.runtime.value_methods import value_method
    if getattr(value, "wl_method_kind", None) is None:
        return None
    found = value_method(value, "Execute")
    return None if found is None or found.func is execute else found


def _compile(rt: Runtime, name: str, text: str, shown: str = "", hidden: int = 0) -> str:
    """Compile `text` as the procedure `name` of the running program and make it
    callable; "" when done, else the error (at the line of `text`, less the `hidden`
    lines a caller put before the code it was given). Compiled with the program (and the
    other dynamic procedures) so that their names are known; when the program itself
    cannot be compiled again, alone. `shown`: the file name its errors give."""
    ns = rt.state.get("namespace")
    host = rt.state.get("program")
    if ns is None or host is None:
        return "there is no running program to add a procedure to."
    own = fold(name)
    dynamic: dict[str, str] = rt.state.setdefault("compile.procedures", {})
    if own in ns.get("__procs__", {}) and own not in dynamic:
        return f"the program already has a procedure named '{name}'."
    source, added = _with_header(name, text)
    added += hidden
    shown = shown or f"<Compile {name}>"
    pieces = [t for k, t in dynamic.items() if k != own] + [source]
    try:
        base = _host_program(rt, host)
    except (WLError, RecursionError):
        base = None
    from wlinterp.hfsql.names import analysis_names
    seen = (rt.state.get("session"), analysis_names(rt))  # REPL inputs, data files
    outcome = _build(shown, base, host.source if base is not None else "", pieces, added,
                     *seen)
    if isinstance(outcome, str) and base is not None and outcome.startswith("host:"):
        outcome = _build(shown, None, "", [source], added, *seen)  # (host did not compile)
    if isinstance(outcome, str):
        return outcome.removeprefix("host:")
    compiled, offset = outcome
    aside = {**ns, **compiled.consts}
    exec(compiled.code, aside)
    _compile_now(aside)
    missing = _unreachable(aside[compiled.consts["__procs__"][own]], ns, aside)
    if missing:
        return _at(1, f"'{missing}' is a variable of the program's main code that none of "
                      f"its procedures uses: a compiled procedure cannot reach it.")
    _install(ns, aside, compiled, own, offset + added,
             text.split("\n", hidden)[-1] if hidden else text)
    dynamic[own] = source
    pyname = compiled.consts["__procs__"][own]
    rt.state.setdefault("compile.installed", {})[own] = (
        pyname, bool(compiled.consts.get("__writeback__", {}).get(pyname)))
    return ""


def _build(shown: str, base: Any, base_source: str, pieces: list[str],
           added: int, session: Any = None,
           data_names: frozenset[str] = frozenset()) -> "tuple[Any, int] | str":
    """The program `base` (None: none) with the procedures `pieces` (the new one last)
    compiled at lines after its own, seeing the REPL `session`'s variables and
    procedures when there is one and the data files, items and queries `data_names`;
    (compiled program, the line the new one starts after), or the error: "host:..."
    when it is in the program's own lines. A name the new code
    uses that nothing declares is a compilation error, as WINDEV's compiler makes it
    (a script's own code runs with a warning instead: those names may be controls)."""
    from wlinterp.compiler.program import compile_program
    from wlinterp.registry import load_stdlib
    from wlinterp.syntax import nodes as N
    from wlinterp.syntax.parser import parse
    lines = base_source.split("\n") if base is not None else []
    procs = list(base.procedures) if base is not None else []
    offset = len(lines)
    try:
        for k, piece in enumerate(pieces):
            offset = len(lines)
            tree = parse("\n" * offset + piece, shown)
            if k == len(pieces) - 1 and (len(tree.procedures) != 1 or tree.main.stmts):
                return _at(1, "the code must be one procedure, with nothing before its "
                              "PROCEDURE line.")
            procs += tree.procedures
            lines += piece.split("\n")
        main = base.main if base is not None else N.Body([])
        compiled = compile_program(N.Program(main, procs, shown, "\n".join(lines)),
                                   load_stdlib(), _aside(session), data_names=data_names,
                                   defer=False)  # (all of it now: see _compile_now)
    except WLSyntaxError as err:
        if err.line <= offset:
            return "host:" + _at(1, err.message)
        return _at(err.line - offset - added, err.message)
    except RecursionError:
        return _at(1, "the code is nested too deeply.")
    for d in compiled.diagnostics:
        if d.code in _UNKNOWN_NAMES and d.line > offset:
            return _at(d.line - offset - added, d.message)
    return compiled, offset


# undeclared variable, unknown function, unknown type (semantics/diagnostics.py)
_UNKNOWN_NAMES = frozenset({"WL101", "WL102", "WL207"})


def _aside(session: Any) -> Any:
    """A copy of the REPL's session for compiling dynamic code against it: compiling
    with a session adds what the program declares to it, and a dynamic procedure is not
    one of the session's inputs."""
    if session is None:
        return None
    return replace(session, vars=dict(session.vars), procs=dict(session.procs),
                   structs=dict(session.structs), constants=dict(session.constants),
                   compiled=set(session.compiled))


def _compile_now(aside: dict[str, Any]) -> None:
    """Compile the module's deferred procedures now (compiler/lazy.py): their stubs would
    compile themselves through the module's own table, which the program's namespace,
    where they will live, does not hold."""
    lazy = aside.get("__wl_lazy__")
    if lazy is None:
        return
    for index, (name, _, _) in enumerate(lazy.stubs):
        func = aside.get(name)
        if isinstance(func, types.FunctionType):
            func.__code__ = lazy.code(index)


def _unreachable(func: Any, ns: dict[str, Any], aside: dict[str, Any]) -> str:
    """A global variable the new procedure reads that the running program does not
    hold (a main-code variable its own procedures never use lives in the main code's
    frame), by its WLanguage name; "" when there is none."""
    names: set[str] = set()
    stack = [func.__code__]
    while stack:
        code = stack.pop()
        names.update(code.co_names)
        stack += [c for c in code.co_consts if isinstance(c, types.CodeType)]
    for n in sorted(names):
        if n.startswith("g_") and n not in ns and n not in aside:
            return n[2:]
    return ""


def _with_header(name: str, text: str) -> tuple[str, int]:
    """The code as a procedure named `name`, and how many lines were added before it
    (0 when the code has its own PROCEDURE line, renamed)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for k, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or stripped.startswith("//"):
            continue
        m = _HEADER.match(line)
        if m is None:
            break
        lines[k] = m.group(1) + m.group(2) + m.group(3) + name + line[m.end():]
        return "\n".join(lines) + "\n", 0
    return f"PROCEDURE {name}(*)\n" + "\n".join(lines) + "\n", 1


def _host_program(rt: Runtime, host: Any) -> Any:
    """The running program's syntax tree: the one it was compiled from, else parsed again
    from its source (once per run)."""
    if host.tree is not None:
        return host.tree
    cached = rt.state.get("compile.host")
    if cached is not None and cached[0] is host:
        return cached[1]
    from wlinterp.syntax.parser import parse
    tree = parse(host.source, host.filename)
    rt.state["compile.host"] = (host, tree)
    return tree


def _at(line: int, message: str) -> str:
    return f"line {max(line, 1)}: {message}"


def _install(ns: dict[str, Any], aside: dict[str, Any], compiled: Any, own: str,
             offset: int, text: str) -> None:
    """Give the program's namespace the dynamic procedure (its module run aside) and the
    helpers it uses that the namespace lacks, all reading their globals from the
    program's namespace (the program's variables are shared)."""
    from wlinterp.run_errors import LINEMAPS
    pyname = compiled.consts["__procs__"][own]
    for key in [k for k in aside if k not in ns or k == pyname]:
        value = aside[key]
        if isinstance(value, types.FunctionType) and value.__globals__ is aside:
            value = types.FunctionType(value.__code__, ns, value.__name__,
                                       value.__defaults__, value.__closure__)
        ns[key] = value
    ns["__procs__"] = {**ns.get("__procs__", {}), own: pyname}
    back = compiled.consts.get("__writeback__", {}).get(pyname)
    ns["__writeback__"] = {**ns.get("__writeback__", {}), pyname: back}
    params = compiled.consts.get("__writeback_params__", {}).get(pyname) or []
    ns["__writeback_params__"] = {**ns.get("__writeback_params__", {}), pyname: params}
    # run-time errors in the procedure: at the line of its own code
    compiled.linemap = [(line - offset, col) if line > offset else (0, 0)
                        for line, col in compiled.linemap]
    compiled.source = text
    LINEMAPS[compiled.code.co_filename] = compiled


def _forget(rt: Runtime, name: str) -> None:
    """Compile(name, ""): the dynamic procedure `name` no longer exists."""
    dynamic = rt.state.get("compile.procedures", {})
    own = fold(name)
    rt.state.get("compile.installed", {}).pop(own, None)
    if own in dynamic:
        del dynamic[own]
        ns = rt.state.get("namespace") or {}
        pyname = ns.get("__procs__", {}).get(own)
        ns["__procs__"] = {k: v for k, v in ns.get("__procs__", {}).items() if k != own}
        if pyname is not None:
            ns.pop(pyname, None)


