"""Code given as text: EvaluateExpression / EvalueExpression, ExecuteCode / ExécuteCode.

Help pages ?1000019782 (EvaluateExpression) and ?1000019783 (ExecuteCode), read: the
expression (the statements) are compiled at each call, "the local variables of the
current process" can be used in them directly, a compilation error, an expression
giving no value or an error while it runs is a fatal error; ExecuteCode gives what the
code's RETURN gives, nothing without one. Built on Compile (stdlib/dynamic_code.py): the
text becomes a procedure of the running program, so it sees the program's globals,
procedures, classes and constants, and the caller's locals and parameters are its
parameters, by name and with their declared types. Decided (docs/builtins.md "Dynamic compilation"): what the code
assigns to one of them comes back to the caller's variable; the procedure made for a
text is kept, so the same text with the same locals is compiled once per run.
"""
from __future__ import annotations

import re
import sys
from typing import Any

from wlinterp.errors import WLRuntimeError
from wlinterp.semantics.symbols import pyident
from wlinterp.syntax.names import fold

from .dynamic_code import _compile, family

_PREFIXES = ("v_", "a_")  # a procedure's locals and parameters (compiler/program.py)


@family.function("EvaluateExpression", "EvalueExpression")
def evaluate_expression(rt: Any, expression: object, parameters: object = None) -> Any:
    """The value of a WLanguage expression written in a string, in the caller's
    context (its locals by name, the program's globals)."""
    from wlinterp.runtime import values as V
    text = V.to_str(expression)
    if not text.strip():
        raise WLRuntimeError("EvaluateExpression: the expression is empty.")
    if "\n" in text or "\r" in text:
        raise WLRuntimeError("EvaluateExpression: an expression is one line (statements "
                             "are run by ExecuteCode).")
    _no_parameters("EvaluateExpression", parameters)
    return _run(rt, "EvaluateExpression", "RESULT " + text, True)


@family.function("ExecuteCode", "ExécuteCode")
def execute_code(rt: Any, code: object, parameters: object = None) -> Any:
    """Run WLanguage statements written in a string, in the caller's context; what
    their RETURN gives (nothing without one)."""
    from wlinterp.runtime import values as V
    _no_parameters("ExecuteCode", parameters)
    return _run(rt, "ExecuteCode", V.to_str(code), False)


def _no_parameters(fname: str, parameters: object) -> None:
    """The pages' second parameter (a WLanguageCodeCompiling variable, version 2024,
    limiting the functions the code may call) is not supported: refused, not ignored."""
    if parameters is not None:
        raise WLRuntimeError(f"{fname}: compilation parameters (a WLanguageCodeCompiling "
                             f"variable) are not supported.")


def _run(rt: Any, fname: str, body: str, needs_value: bool) -> Any:
    """Compile `body` as a procedure taking the caller's locals (once per text and set
    of locals), call it with their values and write back those it assigned."""
    frame = _caller_frame()
    names = _locals_of(frame)
    key = (body, tuple(names))
    cache: dict[Any, str] = rt.state.setdefault("dynamic_eval.procs", {})
    pyname = cache.get(key)
    ns = rt.state.get("namespace") or {}
    if pyname is None:
        count = rt.state["dynamic_eval.count"] = rt.state.get("dynamic_eval.count", 0) + 1
        name = f"_wl_{'eval' if needs_value else 'code'}_{count}"
        types = _declared_types(rt, frame)
        header = f"PROCEDURE {name}({', '.join(_param(k, types) for k in names.values())})"
        problem = _compile(rt, name, header + "\n" + body, f"<{fname}>", 1)
        if problem:
            raise WLRuntimeError(f"{fname}: {problem}")
        rt.state.get("compile.procedures", {}).pop(fold(name), None)  # not recompiled
        pyname = cache[key] = ns["__procs__"][fold(name)]
    values = frame.f_locals  # (a fresh mapping on each read on Python 3.11: read once)
    result = ns[pyname](*(values[py] for py in names))
    if ns.get("__writeback__", {}).get(pyname):
        back = ns.get("__writeback_params__", {}).get(pyname) or []
        result, written = result[0], dict(zip(back, result[1:]))
        _write_back(frame, [(py, written[i]) for i, py in enumerate(names) if i in written])
    if needs_value and result is None:
        raise WLRuntimeError(f"{fname}: the expression gives no value.")
    return result


def _caller_frame() -> Any:
    """The innermost frame of WLanguage code on the Python stack (compiled code is
    registered by its file name, engine.LINEMAPS)."""
    from wlinterp.run_errors import LINEMAPS
    frame: Any = sys._getframe(2)
    while frame is not None and frame.f_code.co_filename not in LINEMAPS:
        frame = frame.f_back
    if frame is None:
        raise WLRuntimeError("EvaluateExpression: no WLanguage code is running.")
    return frame


def _locals_of(frame: Any) -> dict[str, str]:
    """The caller's locals and parameters that hold a value: Python name -> folded
    WLanguage name, in the frame's order."""
    if frame.f_code.co_flags & 0x1 == 0:  # module code: its variables are globals
        return {}
    return {py: _unescape(py[2:]) for py in frame.f_locals
            if py.startswith(_PREFIXES) and not py[2:].startswith("_")}


def _declared_types(rt: Any, frame: Any) -> dict[str, str]:
    """The declared types of the caller's parameters and locals (folded name -> type
    text), so that the code sees a Date local as a Date, not as its text; {} when the
    caller is not one of the program's own procedures (its locals are then untyped)."""
    from wlinterp.run_errors import LINEMAPS
    from wlinterp.syntax import nodes as N
    from wlinterp.semantics.symbols import facts
    from .dynamic_code import _host_program
    shown = LINEMAPS[frame.f_code.co_filename].consts.get("__names__", {}) \
        .get(frame.f_code.co_name)
    host = rt.state.get("program")
    if shown is None or host is None:
        return {}
    owner, _, name = shown.rpartition("::")
    for proc in _host_program(rt, host).procedures:
        if proc.name == name and (proc.owner or "") == owner:
            found = {fold(p.name): p.type_text for p in proc.params
                     if p.type_text and not p.star}
            found.update((fold(n), st.type_text) for n, st in facts(proc.body).decls
                         if isinstance(st, N.Decl) and st.type_text)
            return found
    return {}


def _param(key: str, types: dict[str, str]) -> str:
    """A parameter of the procedure made for the text: the caller's variable `key`."""
    return f"{key} is {types[key]}" if key in types else key


_ESCAPED = re.compile(r"_([0-9a-f]+)_")  # a character pyident wrote as its code


def _unescape(raw: str) -> str:
    """The folded WLanguage name a Python identifier was made from (pyident)."""
    plain = _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), raw)
    return plain if plain != raw and pyident(plain) == raw else raw


def _write_back(frame: Any, pairs: list[tuple[str, Any]]) -> None:
    """Give the caller's local variables the values the code assigned to them."""
    if not pairs:
        return
    f_locals = frame.f_locals
    for py, value in pairs:
        f_locals[py] = value
    if sys.version_info < (3, 13):  # before PEP 667 the snapshot is copied back by hand
        import ctypes
        ctypes.pythonapi.PyFrame_LocalsToFast(ctypes.py_object(frame), ctypes.c_int(0))
