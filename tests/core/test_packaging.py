"""A built wheel holds grammar/ and stdlib/ as wlinterp.grammar / wlinterp.stdlib and runs
scripts from any directory, without the checkout."""
from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_RUNNER = """
import sys
sys.meta_path[:] = [f for f in sys.meta_path if 'editable' not in repr(f).lower()]
sys.path[:] = [p for p in sys.path if 'editable' not in p]
sys.path.insert(0, {site!r})
import wlinterp, wlinterp.grammar, wlinterp.stdlib
assert wlinterp.__file__.startswith({site!r}), wlinterp.__file__
from wlinterp.cli import main
sys.exit(main(['-c', 'Trace("Bonjour " + Taille("abc"))']))
"""


# what a build does not read: built from the checkout itself, pip reused its ignored
# build/ folder, so a module deleted since an earlier build was still packaged
_NOT_SOURCES = shutil.ignore_patterns(".git", ".venv*", "build", "dist", "*.egg-info",
                                      "__pycache__", ".pytest_cache", "tests", "benchmarks")


def test_wheel_contents_and_run_outside_checkout(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=_NOT_SOURCES)
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(source)], capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr
    wheel = next(tmp_path.glob("wlinterp-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "wlinterp/grammar/wlanguage.lark" in names
    assert "wlinterp/stdlib/email.py" in names and "wlinterp/stdlib/strings.py" in names
    assert not any(n.startswith(("grammar/", "stdlib/")) for n in names)
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    r = subprocess.run([sys.executable, "-c", _RUNNER.format(site=str(site))],
                       cwd=elsewhere, capture_output=True, text=True, timeout=120)
    assert (r.returncode, r.stdout) == (0, "Bonjour 3\n"), r.stderr
