"""The Python code a program compiles to is the same in every process: a loop holding
several objects named its held variables in the order of a set of strings, which Python
orders by a hash seeded afresh in each process, so the same program compiled to one of
several texts (anything keyed on the generated code, and reading it, suffers)."""
from __future__ import annotations

import os
import subprocess
import sys

PROGRAM = """
CPoint is Class
    x is int
END
o is CPoint dynamic
o = new CPoint
p is CPoint
q is CPoint
r is CPoint
t is int = 0
FOR i = 1 TO 10
    o.x = i
    t = t + o.x + p.x + q.x + r.x
END
Trace(t)
"""

SHOW = ("import sys, hashlib; from wlinterp.engine import compile_source; "
        "print(hashlib.sha256(compile_source(sys.stdin.read()).source_py.encode()).hexdigest())")


def _compiled_digest(seed: int) -> str:
    """The digest of PROGRAM's generated code in a new process with hash seed `seed`."""
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    done = subprocess.run([sys.executable, "-c", SHOW], input=PROGRAM, text=True,
                          capture_output=True, env=env, timeout=120, check=True)
    return done.stdout.strip()


def test_generated_code_does_not_depend_on_the_hash_seed() -> None:
    digests = {_compiled_digest(seed) for seed in (1, 2, 3, 4, 5, 6)}
    assert len(digests) == 1, digests
