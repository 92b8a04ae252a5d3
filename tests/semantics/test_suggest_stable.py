""""Did you mean" names the same built-in whatever the process: the built-ins' names are
compared in the order of their folded names, not in the registry's order, which is the
order their families were imported in (a program that called an HFSQL function first made
`Décris()` suggest HEcrit, fEcrit otherwise), nor in any order a hash seed decides."""
from __future__ import annotations

import os
import subprocess
import sys

ASK = ("import sys; from wlinterp.registry import load_stdlib; "
       "from wlinterp.semantics import analyze; from wlinterp.syntax.parser import parse; "
       "print([d.message for d in analyze(parse(sys.stdin.read(), 'x.wl'), "
       "load_stdlib()).diagnostics if d.code == 'WL102'])")


def _hint(program: str, seed: int) -> str:
    """WL102's messages for `program`, checked in a new process with hash seed `seed`."""
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    done = subprocess.run([sys.executable, "-c", ASK], input=program, text=True,
                          capture_output=True, env=env, timeout=120, check=True)
    return done.stdout.strip()


def test_the_hint_does_not_depend_on_the_families_imported_first() -> None:
    alone = _hint("Trace(Décris())\n", 1)
    after_hfsql = _hint("HReset(Client)\nTrace(Décris())\n", 2)
    after_files = _hint("fDelete(\"a\")\nTrace(Décris())\n", 3)
    assert "did you mean fEcrit?" in alone
    assert alone == after_hfsql == after_files


def test_the_hint_does_not_depend_on_the_hash_seed() -> None:
    hints = {_hint("n is int = 1\nTrace(Lenght(\"ab\"), Décris(), StringBuld(n))\n", seed)
             for seed in (0, 7, 12345)}
    assert len(hints) == 1, hints
