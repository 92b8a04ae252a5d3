"""Every module imports on its own, first, in a fresh interpreter: an import cycle
that only works in one order (runtime.containers and runtime.types once did) breaks
anyone who imports a built-in family or the semantic pass directly."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# One child process; before each module every wlinterp module is forgotten, so each is
# imported first. Modules that need an optional extra are imported like the others.
CHILD = r"""
import importlib, pkgutil, sys, traceback
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


def test_every_module_imports_first() -> None:
    r = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                       timeout=300, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    count, *failed = r.stdout.splitlines()
    assert int(count) > 100  # the walk found the packages
    assert [f for f in failed if f] == []
