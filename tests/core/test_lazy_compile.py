"""Procedures compiled by Python on their first call (wlinterp/compiler/lazy.py): the
same code objects as compiling the whole generated source at once, the same errors at
load and at run time, one compilation whatever the threads, nothing deferred in the REPL."""
from __future__ import annotations

import __future__
import io
import sys
import threading
from pathlib import Path
from types import CodeType

import pytest

from wlinterp.compiler.lazy import STUB_FILE
from wlinterp.engine import compile_source, run_compiled, run_source
from wlinterp.errors import WLRuntimeError, WLSyntaxError
from wlinterp.repl.session import ReplSession
from wlinterp.runtime.state import Runtime

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
from bench_core import realistic_program  # noqa: E402

GOLDEN = Path(__file__).parents[1] / "golden"
# compile_program's module compiles with `from __future__ import annotations` in effect
_FLAGS = __future__.annotations.compiler_flag


def _whole(compiled) -> dict[int, CodeType]:
    """The functions of the whole generated source compiled at once, by first line."""
    module = compile(compiled.source_py, compiled.code.co_filename, "exec", flags=_FLAGS)
    return {c.co_firstlineno: c for c in module.co_consts if isinstance(c, CodeType)}


def _same_code(source: str, name: str) -> int:
    """Asserts every deferred function compiles to the code object the whole source
    gives (lines, positions, constants, bytecode); returns how many were deferred."""
    compiled = compile_source(source, name, defer=False)
    whole = _whole(compiled)
    lazy = compiled.consts["__wl_lazy__"]
    assert all(code is None for code in lazy.codes)  # loading compiled none of them
    for i, (_, first) in enumerate(lazy.sources):
        assert lazy.code(i) == whole[first]
        assert lazy.code(i).co_filename == compiled.code.co_filename
    for code in compiled.code.co_consts:  # what is compiled at load: the main code
        if isinstance(code, CodeType) and code.co_filename != STUB_FILE:
            assert code == whole[code.co_firstlineno]
    return len(lazy.codes)


def test_deferred_functions_are_the_code_of_the_whole_source():
    assert _same_code(realistic_program(40), "bench.wl") == 40
    deferred = 0
    # every fifth golden: every seventh gave 49 once two goldens were added (the count
    # depends on the files the step lands on; every fifth gives 89-106 at any offset)
    for path in sorted(GOLDEN.glob("*/*.wl"))[::5]:
        try:
            deferred += _same_code(path.read_text(encoding="utf-8"), path.name)
        except WLSyntaxError:
            continue
    assert deferred > 50  # goldens with procedures, methods, integer versions


def test_errors_and_stacks_are_the_same_on_first_and_later_calls():
    source = ("FOR k = 1 TO 2\n    WHEN EXCEPTION IN\n        Outer(k)\n    DO\n"
              "        Trace(ExceptionInfo(errMessage))\n    END\nEND\nOuter(3)\n"
              "PROCEDURE Outer(a, b = 5)\nRESULT Inner(a) + b\n"
              "PROCEDURE Inner(v)\nt is array of int\nRESULT t[v]\n")
    out = io.StringIO()
    with pytest.raises(WLRuntimeError) as err:
        run_source(source, "stack.wl", stdout=out)
    assert out.getvalue().splitlines() == [
        "Index 1 is out of range: the array has 0 element(s).",
        "Index 2 is out of range: the array has 0 element(s)."]
    shown = str(err.value)
    assert "stack.wl:13:8:" in shown  # the t[v] of RESULT t[v]
    # the stub's frame (first call of Outer and Inner was in the loop) is not shown
    assert err.value.stack == ["in procedure Inner", "in procedure Outer, line 10",
                               "in the main code, line 8"]


def test_a_procedure_python_could_refuse_is_compiled_at_load():
    """22 nested FOR in a procedure never called: CPython refuses 20 nested blocks, so
    the procedure is compiled at load and the load fails as before."""
    body = "".join(f"FOR i{i} = 1 TO 1\n" for i in range(22)) + "x = 1\n" + "END\n" * 22
    source = f"Trace(1)\nPROCEDURE Deep()\nx is int\n{body}"
    with pytest.raises(WLSyntaxError, match="nests too deeply"):
        compile_source(source, "deep.wl", defer=False)


def test_threads_calling_a_procedure_first_compile_it_once():
    source = ("gTotal is int\nFOR i = 1 TO 6\n    ThreadExecute(\"W\" + i, threadNormal, "
              "Worker, i)\nEND\nFOR i = 1 TO 6\n    ThreadWait(\"W\" + i)\nEND\n"
              "Trace(gTotal)\nPROCEDURE Worker(n is int)\nSemaphoreStart(\"s\")\n"
              "gTotal += Twice(n)\nSemaphoreEnd(\"s\")\nPROCEDURE Twice(n)\nRESULT n * 2\n")
    compiled = compile_source(source, "threads.wl")
    lazy = compiled.consts["__wl_lazy__"]
    compiles = []
    original = lazy._compile

    def counted(index: int) -> CodeType:
        compiles.append(index)
        return original(index)
    lazy._compile = counted
    out = io.StringIO()
    run_compiled(compiled, Runtime(stdout=out, stderr=io.StringIO()))
    assert out.getvalue() == "42\n"
    # Worker and the integer version of Twice that it calls, each once
    assert len(compiles) == len(set(compiles)) == 2


def test_a_destructor_run_inside_a_compilation_compiles_what_it_calls():
    """Python's compile() allocates, and a collection it sets off may free an object whose
    destructor calls a procedure not compiled yet (even the one being compiled), in the
    same thread: it is compiled there. The lock waited for itself: the run hung (seen in
    tests/core/test_typed_member_stores.py, at the end of a golden's run)."""
    source = "Trace(A())\nPROCEDURE A()\nRESULT B() + 1\nPROCEDURE B()\nRESULT 1\n"
    compiled = compile_source(source, "reenter.wl")
    lazy = compiled.consts["__wl_lazy__"]
    original = lazy._compile
    inside: list[int] = []

    def reentering(index: int) -> CodeType:
        if not inside:  # the first compilation: as a destructor would, inside it
            inside.append(index)
            for other in range(len(lazy.codes)):
                lazy.code(other)  # the others, and this one again
        return original(index)
    lazy._compile = reentering
    out = io.StringIO()
    worker = threading.Thread(
        target=lambda: run_compiled(compiled, Runtime(stdout=out, stderr=io.StringIO())),
        daemon=True)
    worker.start()
    worker.join(60)
    assert not worker.is_alive(), "the run waited for its own lock"
    assert out.getvalue() == "2\n" and inside


def test_the_stub_keeps_its_function_and_signature():
    """A reference taken before the first call (a method table, a procedure value) is
    the function that runs the compiled code once called."""
    compiled = compile_source("Trace(1)\nPROCEDURE Add(a, b = 2, *)\nRESULT a + b\n", "s.wl")
    ns = {}
    run_compiled(compiled, Runtime(stdout=io.StringIO(), stderr=io.StringIO()), ns)
    add = ns["p_add"]
    assert add.__code__.co_filename == STUB_FILE
    assert add(1) == 3 and add(1, 5, 7) == 6
    assert ns["p_add"] is add and add.__code__.co_filename == compiled.code.co_filename
    workers = [threading.Thread(target=add, args=(i,)) for i in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


def test_stubs_have_the_signature_of_their_procedure():
    """Arity checks read a function's signature before calling it (constructors,
    callbacks given fewer arguments): a stub has its procedure's, made from a template."""
    import inspect
    source = ("o is CPoint(1, 2)\nTrace(o.Sum())\nTrace(A(1) + B(1, 2, 3) + C())\n"
              "CPoint is Class\n    x is int\n    y is int\nEND\n"
              "PROCEDURE CPoint::Constructor(a, b = 0)\nx = a\ny = b\n"
              "PROCEDURE CPoint::Sum()\nRESULT x + y\n"
              "PROCEDURE A(a, b = 1, c = 2)\nRESULT a + b + c\n"
              "PROCEDURE B(a, *)\nRESULT a + MyParameters[2]\n"
              "PROCEDURE C()\nRESULT 0\n")
    compiled = compile_source(source, "sig.wl")
    whole: dict = {}
    out = io.StringIO()
    run_compiled(compiled, Runtime(stdout=out, stderr=io.StringIO()), whole)
    assert out.getvalue() == "3\n7\n"
    ns = dict(whole)
    exec(compiled.code, ns)  # new stubs, never called
    ns_whole = dict(whole)
    exec(compile(compiled.source_py, "x", "exec", flags=_FLAGS), ns_whole)
    lazy = compiled.consts["__wl_lazy__"]
    assert len(lazy.stubs) == 6  # the two methods, A, its integer version, B and C
    for name, _, _ in lazy.stubs:
        stub, real = ns[name], ns_whole[name]
        assert stub.__code__.co_filename == STUB_FILE
        assert inspect.signature(stub) == inspect.signature(real)
        assert stub.__defaults__ == real.__defaults__
        assert stub.__code__.co_argcount == real.__code__.co_argcount
        assert stub.__code__.co_flags & 0x04 == real.__code__.co_flags & 0x04


def test_the_repl_compiles_everything_at_once():
    out = io.StringIO()
    repl = ReplSession(stdout=out, stderr=io.StringIO())
    repl.execute("PROCEDURE A()\nRESULT 5")
    repl.execute("Trace(A())")
    assert out.getvalue() == "5\n"
    assert "__wl_lazy__" not in repl.ns
