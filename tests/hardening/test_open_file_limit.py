"""A program that opens files without closing them reaches the process's limit on open
files: fOpen, fCreate and fOpenTempFile then fail in the program's words (-1,
ErrorOccurred, ErrorInfo saying why) while a reserve of descriptors is kept for
wlinterp itself. Before, the system's limit was reached: the next module wlinterp
imported (ErrorInfo's) failed with "Too many open files", an internal error."""
from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

SOFT_LIMIT = 200  # the process may hold 200 descriptors; wlinterp keeps 64 for itself

LEAK = """n is int
nOpened is int
FOR i = 1 TO 1000
\tn = {call}
\tIF n = -1 THEN BREAK
\tnOpened++
END
Trace(nOpened, ErrorOccurred)
Trace(ErrorInfo(errMessage))
// closing one makes room for one
fClose(5)
Trace({call} > 0)
"""


def _limited() -> None:
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    resource.setrlimit(resource.RLIMIT_NOFILE, (SOFT_LIMIT, hard))


@pytest.mark.parametrize("call, name", [
    ('fOpen("data.txt", foRead)', "fOpen"),
    ('fCreate("new" + i + ".txt")', "fCreate"),
    ("fOpenTempFile()", "fOpenTempFile"),
])
def test_leaked_handles_stop_in_the_programs_words(tmp_path: Path, call: str,
                                                   name: str) -> None:
    (tmp_path / "data.txt").write_text("x")
    source = tmp_path / "leak.wl"
    source.write_text(LEAK.replace("{call}", call), encoding="utf-8")
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("WL_DEBUG", None)
    proc = subprocess.run([sys.executable, "-m", "wlinterp", "run", str(source)],
                          capture_output=True, timeout=120, cwd=tmp_path, env=env,
                          preexec_fn=_limited)
    out, err = proc.stdout.decode(), proc.stderr.decode()
    assert proc.returncode == 0, err
    lines = out.splitlines()
    assert lines[0] == f"{SOFT_LIMIT - 64}, 1", out
    assert lines[1].startswith(f"{name}: {SOFT_LIMIT - 64} files are already open"), out
    assert lines[2] == "1" and "internal error" not in err, (out, err)
