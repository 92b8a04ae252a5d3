"""HOpenAnalysis / HCloseAnalysis (EN and FR): the data files of an analysis export opened
at run time, on both backends (decided: docs/hfsql.md, "HOpenAnalysis, HCloseAnalysis")."""
from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from hfsql_support import SHOP
from wlinterp.engine import run_source


def run(text: str, url: str) -> str:
    out = io.StringIO()
    run_source(text, "t.wl", stdout=out, stderr=io.StringIO(), options={"db": url})
    return out.getvalue()


def test_open_analysis_gives_its_files_and_close_takes_them_away(db_url: str) -> None:
    text = f"""Trace(HListFile())
Trace(HOpenAnalysis("{SHOP}"))
Trace(Replace(HListFile(), CR, ","))
HReset("Product")
{{"Product.Reference"}} = "P1"
Trace(HAdd("Product"), HNbRec("Product"))
Trace(HCloseAnalysis(), HListFile())
Trace(HOuvreAnalyse("{SHOP}", ""), HNbEnr("Product"))
Trace(HFermeAnalyse(), HFermeAnalyse())
"""
    assert run(text, db_url) == ("\n1\nCustomer,Orders,Product\n1, 1\n1, \n1, 1\n1, 1\n")


def test_an_unreadable_analysis_fails_with_herror(db_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.xdd"
    bad.write_text("<not an analysis", encoding="utf-8")
    text = f"""Trace(HOpenAnalysis("{tmp_path / 'none.xdd'}"), HError() <> 0)
Trace(HOuvreAnalyse("{bad}"), ErrorOccurred, HListFile())
"""
    assert run(text, db_url) == "0, 1\n0, 1, \n"


def test_a_path_with_a_nul_fails_and_a_drive_path_maps_as_the_file_functions(
        db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WL_DRIVE_ROOT", str(tmp_path))
    (tmp_path / "Data").mkdir()
    shutil.copy(SHOP, tmp_path / "Data" / "shop.xdd")
    text = """Trace(HOpenAnalysis("shop" + Charact(0) + ".xdd"), HError() <> 0)
Trace(fFileExist("C:\\Data\\shop.xdd"), HOpenAnalysis("C:\\Data\\shop.xdd"))
"""
    assert run(text, db_url) == "0, 1\n1, 1\n"
