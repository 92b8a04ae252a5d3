"""The analysis and the queries of a project, found alike by `wl run`, `wl check` and
`wl test` (wlinterp/hfsql/project_data.py; docs/hfsql.md, "The analysis and the queries
of a project"): the sample project samples/stock keeps its analysis and its query at its
root (the folder of Stock.wdp) and its code in a folder below; `wl check --analysis`
names an analysis elsewhere, whose folder's queries are known too."""
from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from hfsql_support import SHOP
from wlinterp.check import CheckOptions, check_paths
from wlinterp.project.run import run_script
from wlinterp.testing.command import main as wl_test

STOCK = Path(__file__).resolve().parents[2] / "samples" / "stock"


@pytest.fixture(autouse=True)
def _no_analysis_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WL_ANALYSIS", raising=False)
    monkeypatch.delenv("WL_DB", raising=False)


def check(*paths: Path, analysis: Path | None = None) -> list[tuple[str, str]]:
    """`wl check --format json`: (code, message) of each diagnostic."""
    out = io.StringIO()
    check_paths([str(p) for p in paths], out=out, err=io.StringIO(),
                options=CheckOptions(format="json",
                                     analysis=str(analysis) if analysis else None))
    return [(d["code"], d["message"]) for d in json.loads(out.getvalue())["diagnostics"]]


@pytest.fixture
def stock(tmp_path: Path) -> Path:
    """A copy of the sample project (a run makes its database beside the analysis)."""
    return Path(shutil.copytree(STOCK, tmp_path / "stock"))


def test_run_finds_the_analysis_and_the_query_at_the_project_root(stock: Path,
                                                                  db_url: str) -> None:
    out = io.StringIO()
    run_script(str(stock / "code" / "stock.wl"), stdout=out, stderr=io.StringIO(),
               options={"db": db_url}, call="Demo", args=["10"])
    assert out.getvalue() == "B-12, Bolt M12, 4\nW-12, Washer M12, 9\n2\n"


def test_check_knows_the_project_data(stock: Path) -> None:
    assert check(stock) == []
    (stock / "code" / "other.wl").write_text(
        "PROCEDURE Other()\nHExecuteQuery(REQ_Missing)\nTrace(Article.Label, "
        "REQ_LowStock.Label)\n", encoding="utf-8")
    found = check(stock / "code" / "other.wl")
    assert [c for c, _ in found] == ["WL101"] and "REQ_Missing" in found[0][1]


def test_test_runs_the_project_tests(stock: Path, capsys: pytest.CaptureFixture[str]
                                     ) -> None:
    assert wl_test([str(stock)]) == 0, capsys.readouterr().out
    assert "3 passed" in capsys.readouterr().out


def test_check_analysis_option_and_environment(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """An analysis elsewhere: its data names and the queries of its folder
    (samples/orders holds REQ_OrdersOfCity beside shop.xdd)."""
    script = tmp_path / "report.wl"
    script.write_text('HReset(Customer)\nCustomer.Name = "x"\nHAdd(Customer)\n'
                      'HExecuteQuery(REQ_OrdersOfCity, hQueryDefault, "Lyon", 0)\n'
                      'HExecuteQuery(REQ_Nope)\n'
                      'Trace(REQ_OrdersOfCity.Name, Custmer.City)\n', encoding="utf-8")
    # no analysis: what is passed to H* functions is taken for data
    assert [m for _, m in check(script)] == ["'Custmer' is not declared"]
    for found in (check(script, analysis=SHOP), _with_env(monkeypatch, script)):
        assert sorted(m.split("'")[1] for c, m in found if c == "WL101") == \
            ["Custmer", "REQ_Nope"], found


def _with_env(monkeypatch: pytest.MonkeyPatch, script: Path) -> list[tuple[str, str]]:
    monkeypatch.setenv("WL_ANALYSIS", str(SHOP))
    return check(script)


def test_queries_without_an_analysis(tmp_path: Path, db_url: str) -> None:
    """A project's query runs on the database given, analysis or not."""
    (tmp_path / "REQ_Answer.wdr").write_text("SELECT 41 + {pPlus} AS answer", encoding="utf-8")
    script = tmp_path / "answer.wl"
    script.write_text("REQ_Answer.pPlus = 1\nHExecuteQuery(REQ_Answer)\n"
                      "HReadFirst(REQ_Answer)\nTrace(REQ_Answer.answer)\n", encoding="utf-8")
    assert check(script) == []
    out, err = io.StringIO(), io.StringIO()
    run_script(str(script), stdout=out, stderr=err, options={"db": db_url})
    assert (out.getvalue(), err.getvalue()) == ("42\n", "")



def test_a_run_looks_for_its_project_once(stock: Path, db_url: str,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """`wl run` finds the project (every folder up to the root listed) once: the analysis
    and the queries are looked for in the project it loaded, not found again."""
    from wlinterp.project import program, sources
    real, calls = sources.find_layout, []

    def counted(start: str) -> sources.ProjectLayout:
        calls.append(start)
        return real(start)
    monkeypatch.setattr(program, "find_layout", counted)  # (load_project's)
    monkeypatch.setattr(sources, "find_layout", counted)  # (project_data's)
    out = io.StringIO()
    run_script(str(stock / "code" / "stock.wl"), stdout=out, stderr=io.StringIO(),
               options={"db": db_url}, call="Demo", args=["10"])
    assert out.getvalue().endswith("\n2\n")  # the analysis and the query were found
    assert len(calls) == 1, calls
