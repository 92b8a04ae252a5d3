"""What makes loading cheaper without changing what it generates (docs/performance.md,
"The compile pass, third session"): the plain-class mirrors of the Kind, SType and Ref
enums that code generation reads, the parameter lists of deferred procedures read once
per text, a function's body generated at its final indentation, and the fingerprint
tool's renumbering of process-wide names."""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

import pytest

from wlinterp.compiler.base import RefNames
from wlinterp.compiler.lazy import params_shape
from wlinterp.engine import compile_source
from wlinterp.runtime.kinds import Kind, KindNames, SType, STypeNames
from wlinterp.semantics.resolved import Ref

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
from codegen_fingerprint import _renumbered  # noqa: E402


@pytest.mark.parametrize("enum, names", [(Kind, KindNames), (SType, STypeNames),
                                         (Ref, RefNames)])
def test_plain_mirror_holds_every_member_itself(enum: type[Enum], names: type) -> None:
    """Each member is there under its own name, the very same object (so `==`, `is`,
    hashing and `repr` in generated code are unchanged), and the mirror is no Enum: its
    attributes are read as a plain class's."""
    assert type(names) is type
    for member in enum:
        assert getattr(names, member.name) is member
    assert {k for k in vars(names) if not k.startswith("_")} == {m.name for m in enum}


@pytest.mark.parametrize("text, shape", [
    ("", ((), 0, False)),
    ("a_n", (("a_n",), 0, False)),
    ("a_n, a_s=_M", (("a_n", "a_s"), 1, False)),
    ("a__objet, a_x=_M, *_rest", (("a__objet", "a_x"), 1, True)),
    ("*_rest", ((), 0, True)),
    ("a_x, *_rest, a_y", None),  # a parameter after `*_rest`: compiled at load
    ("a_x=1", None),  # a default other than the missing marker
])
def test_parameter_list_shapes(text: str, shape: object) -> None:
    assert params_shape(text) == shape


def test_body_generated_at_its_indentation() -> None:
    """Nested blocks and internal procedures come out at the indentation Python needs
    (they are no longer re-indented after generation)."""
    src = ("PROCEDURE P(n)\nINTERNAL PROCEDURE Q(x)\n  IF x > 0 THEN\n    RESULT 1\n  END\n"
           "  RESULT 2\nEND\nFOR i = 1 TO n\n  IF i = 2 THEN\n    Trace(Q(i))\n  END\nEND\n"
           "RESULT n\n")
    py = compile_source(src, "t.wl", defer=False).source_py
    lines = py.splitlines()
    head = next(i for i, line in enumerate(lines) if line.startswith("def p_p("))
    body = lines[head + 1:]
    depth = {line.strip().split("(")[0]: (len(line) - len(line.lstrip())) // 4
             for line in body if line.strip()}
    assert depth["def p_q"] == 1  # an internal procedure: in its procedure's body
    assert depth["return 1"] == 3  # def P > def Q > IF
    assert depth["return 2"] == 2
    assert depth["_B_trace"] == 3  # def P > FOR (while) > IF
    assert depth["return a_n"] == 1
    compile(py, "t", "exec")  # and it is valid Python as a whole


def test_fingerprint_renumbers_process_wide_names() -> None:
    assert _renumbered("x = _S41; y = _K7(_S41, _S43)\n_T1 v_s12") == \
        "x = _S0; y = _K1(_S0, _S2)\n_T1 v_s12"
