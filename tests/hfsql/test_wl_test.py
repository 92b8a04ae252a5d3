"""`wl test` on data files: a fresh database per case, filled from the CSV/JSON fixtures
beside the test, on SQLite and PostgreSQL."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hfsql_support import SHOP
from wlinterp.testing.command import main

CASES = """// each case starts from the fixtures only
PROCEDURE test_add_one()
dbgCheckEqual(HNbRec(Customer), 2)
HReset(Customer)
Customer.Name = "Zed"
dbgCheckTrue(HAdd(Customer))
dbgCheckEqual(HNbRec(Customer), 3)

PROCEDURE test_fresh_database()
dbgCheckEqual(HNbRec(Customer), 2, "the record added by the other case is gone")
dbgCheckTrue(HReadSeekFirst(Customer, Name, "dupont"))
Trace(Customer.City) // expect: Paris
dbgCheckEqual(HNbRec(Product), 1)
HReadFirst(Product, Reference)
Trace(Product.Label, Product.Price) // expect: Pen, 1.5
"""


def _project(tmp_path: Path) -> Path:
    shutil.copy(SHOP, tmp_path / "shop.xdd")
    (tmp_path / "Customer.csv").write_text("Name,City\nDupont,Paris\nMartin,Lyon\n",
                                           encoding="utf-8")
    (tmp_path / "product.json").write_text('[{"Reference": "P1", "Label": "Pen", "Price": 1.5}]')
    (tmp_path / "notes.csv").write_text("not,a,data,file\n")  # ignored: not in the analysis
    (tmp_path / "test_shop.wl").write_text(CASES, encoding="utf-8")
    return tmp_path


def test_fresh_database_per_case(db_url: str, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    folder = _project(tmp_path)
    monkeypatch.setenv("WL_DB", db_url)
    code = main([str(folder), "-v"])
    out = capsys.readouterr()
    assert code == 0, out.out + out.err
    assert "2 passed" in out.out


def test_bad_fixture_fails_the_case(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _project(tmp_path)
    (folder / "Customer.csv").write_text("Name,Nope\nA,1\n")
    assert main([str(folder)]) == 1
    out = capsys.readouterr().out
    assert "'Nope' is not an item of Customer" in out


NAMES_CASE = """PROCEDURE test_names()
HReset(Customer)
Customer.Name = "Zed"
dbgCheckTrue(HAdd(Customer))
dbgCheckEqual(Customer.Name, "Zed")
"""


def _analysis_elsewhere(tmp_path: Path) -> tuple[Path, Path]:
    """A test file whose analysis is in another folder (found only through --analysis)."""
    (tmp_path / "ana").mkdir()
    shutil.copy(SHOP, tmp_path / "ana" / "shop.xdd")
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_names.wl").write_text(NAMES_CASE, encoding="utf-8")
    return tmp_path / "ana" / "shop.xdd", tmp_path / "tests"


def test_db_and_analysis_options(db_url: str, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("WL_DB", raising=False)
    monkeypatch.delenv("WL_ANALYSIS", raising=False)
    analysis, tests = _analysis_elsewhere(tmp_path)
    code = main([str(tests), "-v", "--db", db_url, "--analysis", str(analysis)])
    out = capsys.readouterr()
    assert code == 0, out.out + out.err
    assert "1 passed" in out.out
    assert out.err == ""


def test_compile_knows_the_analysis_names(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from wlinterp.testing.collect import collect_file
    from wlinterp.testing.engine import EngineOptions, TestEngine
    monkeypatch.delenv("WL_ANALYSIS", raising=False)
    analysis, tests = _analysis_elsewhere(tmp_path)
    case = collect_file(str(tests / "test_names.wl")).cases[0]
    without = TestEngine(EngineOptions({}))
    assert any("Customer" in w for w in without.linked(case)[0].warnings)
    with_names = TestEngine(EngineOptions({"analysis": str(analysis)}))
    assert with_names.linked(case)[0].warnings == []


def test_pytest_plugin_db_and_analysis_options(db_url: str, tmp_path: Path) -> None:
    """`--wl-db` with a SQLite fixture file and with a PostgreSQL server."""
    import subprocess
    import sys
    analysis, tests = _analysis_elsewhere(tmp_path)
    r = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q",
                        "-W", "error", f"--wl-db={db_url}",
                        f"--wl-analysis={analysis}"], cwd=tests, capture_output=True,
                       text=True, timeout=180)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "1 passed" in r.stdout
    assert r.stderr == ""
