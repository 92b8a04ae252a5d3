"""The H* export and import functions name their files as every file function does (a
C:\\ path through WL_DRIVE_ROOT) and fail as H* functions on a path no file can have
(one holding a NUL character), on both backends."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from hfsql_support import SHOP
from wlinterp.engine import run_source


def run(text: str, url: str) -> str:
    out = io.StringIO()
    run_source(text, "t.wl", stdout=out, stderr=io.StringIO(), options={"db": url})
    return out.getvalue()


def test_drive_paths_map_and_a_nul_is_an_h_failure(db_url: str, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WL_DRIVE_ROOT", str(tmp_path))
    (tmp_path / "Out").mkdir()
    text = f"""HOpenAnalysis("{SHOP}")
HReset("Product")
{{"Product.Reference"}} = "P1"
HAdd("Product")
Trace(HExportCSV("Product", "C:\\Out\\p.csv"), fFileExist("C:\\Out\\p.csv"))
Trace(HExportJSON("Product", "C:\\Out\\p.json"), HDeleteAll("Product"))
Trace(HImportJSON("Product", "C:\\Out\\p.json"), HNbRec("Product"))
Trace(HExportCSV("Product", "p" + Charact(0) + ".csv"), HError() <> 0)
Trace(HImportJSON("Product", "p" + Charact(0) + ".json"), HError() <> 0)
"""
    assert run(text, db_url) == "1, 1\n1, 1\n1, 1\n0, 1\n0, 1\n"
    assert "P1" in (tmp_path / "Out" / "p.csv").read_text(encoding="utf-8")
