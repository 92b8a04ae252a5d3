"""The semantic pass finds the lines ExceptionChangeParameter guards without walking every
body first: each call statement is asked as the checker meets it (error_modes.py
exception_mode_step). Asking each body beforehand whether it calls the function at all
walked the expressions of every procedure (facts.py), which nothing else in the pass
needs: a sixth of `wl check`'s pass on bench_check's programs. The guarded lines stay
those of tests/diagnostics/exception_mode_lines_after.wl (EN) and
mode_exception_lignes_suivantes.wl (FR); here, in a program of many procedures, in both
languages, in any case."""
from __future__ import annotations

import pytest

from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze, facts
from wlinterp.syntax.parser import parse

_PLAIN = 30  # procedures that never call ExceptionChangeParameter


# each language's words: PROCEDURE, "is int", the three procedures, the change, the mode,
# the restore (in odd case, accented or not, as real code writes them)
_WORDS = {"en": ("PROCEDURE", "is int", "Guarded", "Unguarded", "Restored",
                 ("EXCEPTIONCHANGEPARAMETER", "ExceptionChangeParameter"), "epReturn",
                 "exceptionrestoreparameter"),
          "fr": ("PROCÉDURE", "est un entier", "Gardée", "NonGardée", "Restaurée",
                 ("EXCEPTIONCHANGEPARAMÈTRE", "ExceptionChangeParametre"), "epRetour",
                 "exceptionrestaureparametre")}


def _program(lang: str) -> str:
    """Main code calling every procedure; the guarded one divides by zero after the call
    (no error), the unguarded one before it and the restored one after a restore (an
    error each)."""
    proc, is_int, guarded, unguarded, restored, change, mode, restore = _WORDS[lang]
    plain = "".join(f"{proc} P{i}(a {is_int})\nb {is_int} = a + {i}\nTrace(b)\n"
                    for i in range(_PLAIN))
    calls = "".join(f"P{i}(1)\n" for i in range(_PLAIN))
    return (f"{calls}{guarded}()\n{unguarded}()\n{restored}()\n{plain}"
            f"{proc} {guarded}()\n{change[0]}({mode})\nTrace(1/0)\n"
            f"{proc} {unguarded}()\nTrace(1/0)\n{change[1]}({mode})\n"
            f"{proc} {restored}()\n{change[1]}({mode})\n{restore}()\nTrace(1/0)\n")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_guarded_lines_found_without_walking_every_body(
        lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    walked: list[int] = []
    real = facts._compute_facts

    def counted(stmts: list) -> facts.Facts:  # type: ignore[type-arg]
        walked.append(len(stmts))
        return real(stmts)

    monkeypatch.setattr(facts, "_compute_facts", counted)
    source = _program(lang)
    result = analyze(parse(source, f"modes_{lang}.wl"), load_stdlib())
    lines = source.splitlines()
    errors = sorted((d.line, d.code) for d in result.diagnostics if d.code == "WL113")
    division = [n for n, text in enumerate(lines, 1) if text == "Trace(1/0)"]
    assert len(division) == 3
    # the guarded procedure's division says nothing; the two others' are errors
    assert errors == [(division[1], "WL113"), (division[2], "WL113")], errors
    # the 33 procedures' bodies are not walked for their calls (there were 34 walks)
    assert len(walked) <= 2, walked
