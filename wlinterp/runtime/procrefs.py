"""Procedures as values: `x is PROCEDURE = P`, `ArraySort(t, asFunction, Compare)`.

A `WLProcRef` stands for a user procedure without calling it. Calling it runs the
procedure and gives its result (a procedure with by-reference parameters returns its
result and the parameters' final values to compiled callers; through a reference only
the result comes back: *decided*, arguments given through a reference are not written
back). Built-ins that take a procedure can call it like any Python callable.
"""
from __future__ import annotations

__all__ = ["WLProcRef", "WLProcChain", "proc_ref", "proc_chained", "call_ref", "procedure_arg", "call_with", "compiled_ref",
           "call_compiled", "compiled_procedure", "spread_args", "call_counted",
           "check_callback_count"]

from typing import Any, Callable

from ..errors import WLRuntimeError
from . import values as V


class WLProcRef:
    """A reference to a user procedure."""

    __slots__ = ("name", "func", "writeback")
    wl_type_name = "procedure"

    def __init__(self, name: str, func: Callable[..., Any], writeback: bool) -> None:
        self.name, self.func, self.writeback = name, func, writeback

    def __call__(self, *args: Any) -> Any:
        try:
            result = self.func(*args)
        except TypeError:  # (an internal error, unless the count does not fit: a
            if not self.name.startswith("_lambda_"):  # built-in's callback too; a lambda
                _check_count(self, self.name, len(args))  # is named by call_ref's caller)
            raise
        return result[0] if self.writeback else result

    def wl_text(self) -> str:
        return self.name

    def wl_prop(self, name: str) -> Any:
        """`p..Name` / `p..Nom`: the name of the procedure p holds (the first one for
        several; "" for a lambda: it has none). INFERRED from the Name property of a
        Procedure Description (?1000019317), docs/semantics.md."""
        if name in ("name", "nom"):
            return "" if self.name.startswith("_lambda_") else self.name
        raise WLRuntimeError(f"A value of type procedure has no property '{name}' (Name).")

    def wl_equals(self, other: object) -> bool:
        return isinstance(other, WLProcRef) and other.func is self.func

    def __repr__(self) -> str:
        return f"WLProcRef({self.name})"


class WLProcChain(WLProcRef):
    """Several procedures in one Procedure variable (`p += Proc2`): calling it calls
    each in the order they were added and gives the last one's result (INFERRED,
    docs/semantics.md "A Procedure variable holding several procedures")."""

    __slots__ = ("refs",)

    def __init__(self, refs: tuple[WLProcRef, ...]) -> None:
        first = refs[0]
        super().__init__(first.name, first.func, first.writeback)
        self.refs = refs

    def __call__(self, *args: Any) -> Any:
        result = None
        for ref in self.refs:
            result = ref(*args)
        return result

    def wl_equals(self, other: object) -> bool:
        return isinstance(other, WLProcChain) and len(other.refs) == len(self.refs) \
            and all(a.wl_equals(b) for a, b in zip(self.refs, other.refs))


def proc_chained(held: Any, ref: WLProcRef, add: bool) -> WLProcRef | None:
    """`p += Proc` (add) / `p -= Proc` on a Procedure variable holding `held`: the
    procedures it holds then, one WLProcRef, a WLProcChain or None (none left)."""
    refs = list(held.refs) if isinstance(held, WLProcChain) else \
        [held] if isinstance(held, WLProcRef) else []
    if add:
        refs.append(ref)
    else:
        refs = [r for r in refs if not r.wl_equals(ref)]
    if not refs:
        return None
    return refs[0] if len(refs) == 1 else WLProcChain(tuple(refs))


def proc_ref(name: str, func: Callable[..., Any], writeback: bool) -> WLProcRef:
    return WLProcRef(name, func, writeback)


def call_ref(ref: Any, shown: str, *args: Any) -> Any:
    """`x(args)` where x holds a procedure; a wrong count of arguments is a WLanguage
    error naming it (nothing checked the count before: it was Python's TypeError)."""
    if callable(ref) and isinstance(ref, WLProcRef):
        try:
            return ref(*args)
        except TypeError:
            _check_count(ref, shown, len(args))  # (a TypeError of the body goes on)
            raise
    raise WLRuntimeError(f"'{shown}' holds a value of type {V.type_name(ref)}, not a "
                         f"procedure: it cannot be called.")


def check_callback_count(ref: WLProcRef, n: int) -> None:
    """A built-in that calls `ref` back with `n` arguments (ArraySort's comparison)
    says before it starts when ref cannot take them: the fault is the program's, whether
    or not the data leads to a call (an empty array called nothing and ran)."""
    _check_count(ref, ref.name, n)


def _check_count(ref: WLProcRef, shown: str, n: int) -> None:
    """The WLanguage error of a call through `ref` given `n` arguments that its
    procedure's parameters cannot take (the check's WL104 words); nothing when they can."""
    message = _count_message(ref, shown, n)
    if message is not None:
        raise WLRuntimeError(message + ".") from None


def _count_message(ref: WLProcRef, shown: str, n: int) -> str | None:
    """WL104's words for `n` arguments that `ref`'s parameters cannot take, else None."""
    import inspect
    try:
        params = list(inspect.signature(ref.func).parameters.values())
    except (TypeError, ValueError):  # (no signature to read)
        return None
    if any(p.kind == p.VAR_POSITIONAL for p in params):
        return None
    positional = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    required = sum(1 for p in positional if p.default is p.empty)
    from ..semantics.call_counts import arity_message  # the pass's words (only on failure)
    name = shown if ref.name.startswith("_lambda_") else ref.name  # (a lambda: its holder)
    return arity_message(name, required, len(positional), n)


def procedure_arg(rt: Any, value: Any, fname: str) -> WLProcRef:
    """The procedure a built-in was given: a procedure (`fListFile(m, MyProc)`), a
    variable holding one, or its name as a string (`fListFile(m, "MyProc")`, older code),
    looked up among the program's procedures."""
    if isinstance(value, WLProcRef):
        return value
    if isinstance(value, str):
        from ..syntax.names import fold
        ns = rt.state.get("namespace") or {}
        pyname = ns.get("__procs__", {}).get(fold(value))
        if pyname is not None:
            writeback = bool(ns.get("__writeback__", {}).get(pyname))
            return WLProcRef(value, ns[pyname], writeback)
        raise WLRuntimeError(f"{fname}: there is no procedure named '{value}'.")
    raise WLRuntimeError(f"{fname}: a procedure was expected, not a value of type "
                         f"{V.type_name(value)}.")


def call_with(ref: WLProcRef, *args: Any, offered: str = "") -> Any:
    """Call a procedure with as many of `args` as it declares parameters (a callback
    written with fewer parameters than the built-in offers still works; extra ones with
    a default value take it). `offered` ("FTPListFile gives ... name, size") completes
    the error of a callback that requires more than the built-in gives."""
    import inspect
    try:
        params = inspect.signature(ref.func).parameters.values()
    except (TypeError, ValueError):
        return ref(*args)
    if any(p.kind == p.VAR_POSITIONAL for p in params):
        return ref(*args)
    positional = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    required = sum(1 for p in positional if p.default is p.empty)
    if offered and required > len(args):
        from ..semantics.call_counts import arity_message  # the pass's words (only on failure)
        raise WLRuntimeError(f"{arity_message(ref.name, required, required, len(args))}: "
                             f"{offered}; a parameter past those needs a default value "
                             f"(x = \"\").")
    return ref(*args[:len(positional)])


def compiled_ref(rt: Any, name: str) -> WLProcRef | None:
    """A procedure Compile made (stdlib/dynamic_code.py), by name: kept apart from the
    namespace's table, which each REPL input replaces with its own."""
    from ..syntax.names import fold
    found = rt.state.get("compile.installed", {}).get(fold(name))
    if found is None:
        return None
    ns = rt.state.get("namespace") or {}
    func = ns.get(found[0])
    return WLProcRef(name, func, found[1]) if func is not None else None


def call_compiled(rt: Any, name: str, *args: Any) -> Any:
    """`P(args)` in the program's code where P is a name the program gives Compile
    (semantics/dynamic_names.py): the procedure Compile made, looked up when it runs."""
    ref = compiled_ref(rt, name)
    if ref is None:
        raise WLRuntimeError(f"'{name}' is a procedure the program compiles with Compile, "
                             f"and it has not been compiled (yet): it cannot be called.")
    return call_counted(ref, name, args)


def call_counted(ref: WLProcRef, shown: str, args: tuple[Any, ...], by: str = "") -> Any:
    """Call a procedure whose argument count nothing checked before it runs (found by
    name, or given a range of MyParameters): a wrong count is a WLanguage error in the
    check's WL104 words, as for a procedure variable (it said "wrong number of arguments
    for Total (0 given)" where `wl check` says "Total expects 1 parameter(s)...")."""
    import inspect
    try:
        inspect.signature(ref.func).bind(*args)
    except TypeError:
        message = _count_message(ref, shown, len(args)) or \
            f"wrong number of arguments for {shown} ({len(args)} given)"
        raise WLRuntimeError(f"{by}{message}.") from None
    except ValueError:  # (no signature to read: called as it is)
        pass
    return ref(*args)


def spread_args(part: Any, shown: str, fixed: int, required: int, most: int) -> list[Any]:
    """`P(x, MyParameters[2 TO])`: the elements of the range, as arguments, when their
    count with the `fixed` others fits P (`most` < 0: any number)."""
    values = list(part.items)
    n = fixed + len(values)
    if n < required or 0 <= most < n:
        from ..semantics.call_counts import arity_message  # the pass's words (only on failure)
        raise WLRuntimeError(f"{arity_message(shown, required, None if most < 0 else most, n)}"
                             f" (MyParameters passed on)")
    return values


def compiled_procedure(rt: Any, outcome: Any) -> WLProcRef | None:
    """`f is procedure = Compile(name, code)` (syntax 2 of ?3013015): the procedure
    compiled, which Compile left in `compile.last`; when the code did not compile, a
    non-fatal error (ErrorOccurred, ErrorInfo: what went wrong) and Null."""
    last = rt.state.pop("compile.last", None)
    if outcome == "" and last is not None:
        ref = compiled_ref(rt, last)
        if ref is not None:
            return ref
    if isinstance(outcome, WLProcRef):  # `Compile(code)`: the procedure already
        return outcome
    if outcome is None:  # (`Compile(code)` failed: its error is recorded)
        return None
    from ..errors import BuiltinFailure
    from ..registry import report_failure
    return report_failure(rt, BuiltinFailure(f"Compile: {V.to_str(outcome)}", value=None))
