"""A very long main code is generated as parts, each compiled by Python on its own
(wlinterp/compiler/main_chunks.py, runtime/main_parts.py): a 100,000-line main code
took `wl run` to 700 MB inside one compile() of one function. Counted here: how many
parts, how much code each compile() gets; and the run is the same as with one function
(output, RETURN, destructors' order, implicit variables, errors at their line)."""
from __future__ import annotations

import io

import pytest

from wlinterp.compiler import main_chunks
from wlinterp.engine import compile_source, run_compiled, run_source
from wlinterp.errors import WLRuntimeError
from wlinterp.runtime.state import Runtime

LINES = 100_000


def _long_main() -> str:
    """A main code of LINES lines (declarations, an implicit variable, IF blocks, a
    Trace halfway), whose line 99,999 reads past the end of an array."""
    lines = ["n is int", "t is array of int", "Add(t, 7)"]
    k = 0
    while len(lines) + 5 <= LINES - 3:
        k += 1
        lines += [f"x{k} is int = n", "n++", "IF n % 2 = 0 THEN", "    nEven++", "END"]
        if len(lines) in range(50_000, 50_005):
            lines.append('Trace("halfway", n)')
    lines += ["n++"] * (LINES - 3 - len(lines))
    lines += ["Trace(n, nEven)", "Trace(t[n])", "Trace(\"never\")"]  # 99,998 to 100,000
    assert lines[99_998] == "Trace(t[n])"
    return "\n".join(lines) + "\n"


def _runs(source: str) -> tuple[str, str]:
    """(stdout, the error's text or "") of a run of `source`."""
    out = io.StringIO()
    try:
        run_source(source, "parts.wl", stdout=out)
    except WLRuntimeError as err:
        return out.getvalue(), f"{err.line}:{err.column}: {err.message} {err.stack}"
    return out.getvalue(), ""


def test_a_100000_line_main_code_is_compiled_part_by_part():
    source = _long_main()
    compiled = compile_source(source, "long.wl")
    lazy = compiled.consts["__wl_lazy__"]
    parts = [i for i, (name, _, _) in enumerate(lazy.stubs) if name.startswith("__wl_main_")]
    assert 90 <= len(parts) <= 110  # about one per 1,000 lines (CHUNK_LINES)
    whole = len(compiled.source_py)
    largest = max(len(lazy.sources[i][0]) for i in parts)
    assert largest * 50 < whole, (largest, whole)  # no compile() gets 2% of the code
    # what Python compiles at load is the line joining the parts, not the main code
    assert len(compiled.code.co_code) < 2000
    out = io.StringIO()
    with pytest.raises(WLRuntimeError) as err:
        run_compiled(compiled, Runtime(stdout=out, stderr=io.StringIO()))
    assert (err.value.line, err.value.column) == (99_999, 7)  # the t[n]
    assert err.value.message.startswith("Index ")
    assert "out of range" in err.value.message
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("halfway, ") and len(lines) == 2, lines
    # 19,999 blocks (one n++ each, nEven++ when n is even), then two more n++
    assert lines[1] == "20001, 9999", lines


SHORT = [
    # RETURN in the main code ends it: the parts after it do not run
    'Trace("a")\nIF 1 = 1 THEN\n    Trace("b")\n    RETURN\nEND\nTrace("c")\n',
    # implicit variables and FOR variables are shared by the parts
    'x = 5\nFOR i = 1 TO 3\n    x += i\nEND\nTrace(x, i)\nTrace(y)\ny = "z"\nTrace(y)\n',
    # destructors run when the main code ends, in the order of the variables
    "C is Class\n    m is int\nEND\na is C\na.m = 1\nb is C\nb.m = 2\nc is C\nc.m = 3\n"
    'Trace("end")\nPROCEDURE C::Destructor()\nTrace("destroyed", :m)\n',
    # a variable a procedure uses, a call tested with ErrorOccurred on the next line
    'g is int = 4\nTwice()\nTrace(g)\nfOpen("/nonexistent/x.txt", foReadWrite)\n'
    'Trace(ErrorOccurred)\nPROCEDURE Twice()\ng = g * 2\n',
    # an error three calls deep, shown with its stack
    "t is array of int\nTrace(1)\nOuter(3)\nPROCEDURE Outer(n)\nInner(n)\n"
    "PROCEDURE Inner(n)\nTrace(t[n])\n",
]


@pytest.mark.parametrize("source", SHORT)
def test_parts_run_as_one_function(source, monkeypatch):
    """Every statement a part of its own (the thresholds set to their least): the same
    output, the same error at the same place with the same stack."""
    one = _runs(source)
    monkeypatch.setattr(main_chunks, "CHUNKED_FROM", 0)
    monkeypatch.setattr(main_chunks, "CHUNK_LINES", 1)
    compiled = compile_source(source, "parts.wl")
    assert sum(name.startswith("__wl_main_") for name, _, _ in
               compiled.consts["__wl_lazy__"].stubs) > 2  # (cut indeed)
    assert _runs(source) == one


def test_what_needs_one_frame_is_not_cut(monkeypatch):
    """CASE ERROR, GOTO labels, internal procedures, an error mode, WHEN EXCEPTION
    without IN: the main code stays one function."""
    monkeypatch.setattr(main_chunks, "CHUNKED_FROM", 0)
    monkeypatch.setattr(main_chunks, "CHUNK_LINES", 1)
    for source in ['Trace(1)\nTrace(2)\nCASE ERROR:\nTrace("e")\n',
                   "Trace(1)\nGOTO there\nTrace(2)\nthere:\nTrace(3)\n",
                   "Trace(1)\nInside()\nINTERNAL PROCEDURE Inside()\nTrace(2)\nEND\n",
                   "Trace(1)\nWHEN EXCEPTION\n    Trace(2)\nEND\nTrace(3)\n"]:
        py = compile_source(source, "one.wl").source_py
        assert "def __wl_main__():" in py and "__wl_main_1__" not in py, source
