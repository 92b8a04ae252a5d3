"""Where `wl run` takes its analysis and database from (docs/hfsql.md, "Configuration"):
--analysis/--db, WL_ANALYSIS/WL_DB, the only .xdd beside the script, the SQLite file
beside the analysis; and `wl hfsql init` creating the link's constraint."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hfsql_support import SHOP
from wlinterp.cli import main

ADD_ONE = 'HReset(Customer)\nCustomer.Name = "Zed"\nHAdd(Customer)\nTrace(HNbRec(Customer))\n'


@pytest.fixture(autouse=True)
def _no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WL_DB", raising=False)
    monkeypatch.delenv("WL_ANALYSIS", raising=False)


def test_database_beside_the_analysis_beside_the_script(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(SHOP, tmp_path / "shop.xdd")
    app = tmp_path / "app.wl"
    app.write_text(ADD_ONE, encoding="utf-8")
    assert main(["run", str(app)]) == 0
    assert main(["run", str(app)]) == 0
    assert capsys.readouterr().out == "1\n2\n"  # the records are kept between runs
    assert (tmp_path / "shop.db").is_file()


def test_environment_names_the_analysis_and_database(
        db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("WL_ANALYSIS", str(SHOP))
    monkeypatch.setenv("WL_DB", db_url)
    app = tmp_path / "app.wl"
    app.write_text(ADD_ONE, encoding="utf-8")
    assert main(["run", str(app)]) == 0
    assert main(["run", "--db", db_url, "--analysis", str(SHOP), str(app)]) == 0
    assert capsys.readouterr().out == "1\n2\n"
    assert not (tmp_path / "app.db").exists() and not (tmp_path / "shop.db").exists()


def test_several_analyses_beside_the_script_choose_none(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(SHOP, tmp_path / "a.xdd")
    shutil.copy(SHOP, tmp_path / "b.xdd")
    app = tmp_path / "app.wl"
    app.write_text("Trace(HNbRec(Customer))\n", encoding="utf-8")
    assert main(["run", str(app)]) == 1
    err = capsys.readouterr().err
    assert "not a data file of the analysis" in err
    assert "app.wl:1:" in err and "Traceback" not in err


def test_init_creates_the_link(db_url: str, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--analysis", str(SHOP), "--db", db_url]
    assert main(["hfsql", "init", *base]) == 0
    orders = tmp_path / "Orders.csv"
    orders.write_text("OrderID,CustomerID,OrderDate\n1,99,20240101\n", encoding="utf-8")
    assert main(["hfsql", "import", *base, str(orders)]) == 1
    assert "integrity" in capsys.readouterr().err
