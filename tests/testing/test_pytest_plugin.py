"""The pytest plugin, run as a user would: a subprocess `pytest` over a temporary folder
holding WLanguage and Python tests (with -k, -x and pytest-xdist)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

WL_TESTS = """gBase is int = 10

PROCEDURE test_ok()
dbgCheckEqual(gBase * 2, 20)
Trace("twenty") // expect: twenty

PROCEDURE test_wrong()
dbgCheckEqual(gBase + 1, 12, "base plus one")
"""
FR_TESTS = "PROCÉDURE test_fr()\ndbgVérifieVrai(EnModeTest())\n"
PY_TEST = "def test_python():\n    assert 1 + 1 == 2\n"


def pytest_run(folder: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider",
                           "-q", "-rN", *args], cwd=folder, capture_output=True, text=True,
                          timeout=180)


def make(tmp_path: Path) -> Path:
    (tmp_path / "test_calc.wl").write_text(WL_TESTS, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "test_fr.wl").write_text(FR_TESTS, encoding="utf-8")
    (tmp_path / "test_py.py").write_text(PY_TEST, encoding="utf-8")
    return tmp_path


def test_pytest_collects_wl_cases_beside_python_tests(tmp_path: Path) -> None:
    r = pytest_run(make(tmp_path))
    assert r.returncode == 1, r.stdout + r.stderr
    assert "1 failed, 3 passed" in r.stdout
    assert "test_calc.wl:8: dbgCheckEqual\n    expected: 12\n    got:      11\n" \
           "    comment:  base plus one" in r.stdout
    assert "Traceback" not in r.stdout and "engine.py" not in r.stdout


def test_keyword_and_exitfirst(tmp_path: Path) -> None:
    r = pytest_run(make(tmp_path), "-k", "test_ok or test_fr")
    assert r.returncode == 0 and "2 passed, 2 deselected" in r.stdout, r.stdout
    r = pytest_run(tmp_path, "-x", "test_calc.wl")
    assert r.returncode == 1 and "1 failed, 1 passed" in r.stdout, r.stdout


def test_xdist_spreads_the_cases(tmp_path: Path) -> None:
    make(tmp_path)
    for k in range(3):
        (tmp_path / f"test_more{k}.wl").write_text(WL_TESTS.replace("test_wrong", "helper"),
                                                   encoding="utf-8")
    r = pytest_run(tmp_path, "-n", "2")
    assert r.returncode == 1, r.stdout + r.stderr
    assert "1 failed, 6 passed" in r.stdout
    assert "test_calc.wl:8: dbgCheckEqual" in r.stdout


def test_a_file_that_does_not_compile_is_a_collection_error(tmp_path: Path) -> None:
    (tmp_path / "test_broken.wl").write_text("IF x THEN\n", encoding="utf-8")
    r = pytest_run(tmp_path)
    assert r.returncode == 2 and "test_broken.wl:" in r.stdout and "Traceback" not in r.stdout
