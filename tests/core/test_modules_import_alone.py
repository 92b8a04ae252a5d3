"""Every module imports on its own, first, in a fresh interpreter: an import cycle
that only works in one order (runtime.containers and runtime.types once did) breaks
anyone who imports a built-in family or the semantic pass directly."""
from __future__ import annotations

import resource
import signal
import subprocess
import sys
from pathlib import Path

from cpu_share import slowdown

ROOT = Path(__file__).resolve().parents[2]

# One child process; before each module every wlinterp module is forgotten, so each is
# imported first: its body and those of the modules it imports run again, in the order
# that import gives. Modules that need an optional extra are imported like the others.
# What is kept from one import to the next is each file's code object (compiled from its
# source, or read from its bytecode file, once): a module's code does not depend on the
# order of imports, its execution does. Compiling was two thirds of the child's time
# (PYTHONDONTWRITEBYTECODE=1, a fresh checkout: no bytecode files to read).
CHILD = r"""
import importlib, importlib.machinery, pkgutil, sys, traceback
codes = {}
read_code = importlib.machinery.SourceFileLoader.get_code
def get_code(loader, fullname):
    code = codes.get(loader.path)
    if code is None:
        code = codes[loader.path] = read_code(loader, fullname)
    return code
importlib.machinery.SourceFileLoader.get_code = get_code
import wlinterp, wlinterp.stdlib
names = sorted(m.name for pkg in (wlinterp, wlinterp.stdlib)
               for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."))
failed = []
for name in names:
    if name.endswith("__main__"):
        continue
    for key in [k for k in sys.modules if k == "wlinterp" or k.startswith("wlinterp.")]:
        del sys.modules[key]
    try:
        importlib.import_module(name)
    except Exception as exc:
        failed.append(f"{name}: {type(exc).__name__}: {exc}")
print(len(names))
print("\n".join(failed))
"""


CPU_SECONDS = 120
"""The child's bound, in CPU time (it needs about 5 s): a wall-clock bound of 300 s
failed at a load of 15-20, where the child got an eighth of a CPU (15 s of CPU took 130
to 300 s). The wall-clock timeout left only guards against a hang, scaled by the load
measured now (tests/cpu_share.py)."""


def _limit_cpu() -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS + 10))


def test_every_module_imports_first() -> None:
    r = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                       timeout=300 * slowdown(0.05), cwd=ROOT, preexec_fn=_limit_cpu)
    assert r.returncode != -signal.SIGXCPU, f"more than {CPU_SECONDS} s of CPU time"
    assert r.returncode == 0, r.stderr
    count, *failed = r.stdout.splitlines()
    assert int(count) > 100  # the walk found the packages
    assert [f for f in failed if f] == []
