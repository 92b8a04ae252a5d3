"""The pie chart calls of a loan simulator's procedure set: PC SOFT's English example
(WD Loan) pulls a slice out with `grPiePullOut`, the French one (WW_Emprunt) with
`grSecteurPartExcentrée`. The French name was catalogued with a guessed English name,
grPieExplodedPart, so the English set stopped at WL102 "unknown procedure or function"
and did not load; both are chart functions now (WL103, by design: charts need a
window, docs/builtins.md), and the run stops at the call in the chart family's words.
Procedure sets and scripts of our own, English and French."""
from __future__ import annotations

from pathlib import Path

import pytest
from windev_text import procedure_set
from wl_test_helpers import check_json, run_lines, write

PIE = {
    "en": """
PROCEDURE DrawSplit(nCapital, nInterest, ChartName is Control)
grDeleteSeries(ChartName)
grPieStartAngle(ChartName, 0)
grPiePullOut(ChartName, 1, 20)
grAddData(ChartName, 1, nInterest)
grAddData(ChartName, 1, nCapital)
grDraw(ChartName)
""",
    "fr": """
PROCÉDURE DessineRépartition(nCapital, nIntérêts, ChampGraphe est un champ)
grSupprimeSérie(ChampGraphe)
grSecteurAngleDépart(ChampGraphe, 0)
grSecteurPartExcentrée(ChampGraphe, 1, 20)
grAjouteDonnée(ChampGraphe, 1, nIntérêts)
grAjouteDonnée(ChampGraphe, 1, nCapital)
grDessine(ChampGraphe)
""",
}


@pytest.mark.parametrize("lang", sorted(PIE))
def test_the_pie_calls_are_chart_functions(lang: str, tmp_path: Path) -> None:
    path = write(tmp_path, f"loan_{lang}.wdg", procedure_set("Loan", "", {"Draw": PIE[lang]}))
    found = [(d["code"], d["line"]) for d in check_json(path) if d["severity"] == "error"]
    assert {code for code, _ in found} == {"WL103"}
    pull = "grPiePullOut" if lang == "en" else "grSecteurPartExcentrée"
    messages = [str(d["message"]) for d in check_json(path) if d["severity"] == "error"]
    assert any(m.startswith(f"{pull} is a chart function") for m in messages), messages


@pytest.mark.parametrize("lang", sorted(PIE))
def test_the_run_stops_at_the_pull_out_in_the_chart_familys_words(lang: str) -> None:
    code = ("WHEN EXCEPTION IN\n    grPiePullOut(\"GR_Pie\", 1, 20) // wl: ignore[WL103]\n"
            "DO\n    Trace(ExceptionInfo(errMessage))\nEND\n") if lang == "en" else \
        ("QUAND EXCEPTION DANS\n    grSecteurPartExcentrée(\"GR_Secteur\", 1, 20) "
         "// wl: ignore[WL103]\nFAIRE\n    Trace(ExceptionInfo(errMessage))\nFIN\n")
    name = "grPiePullOut" if lang == "en" else "grSecteurPartExcentrée"
    words = (f"{name} is a chart function: not available in wlinterp (charts are drawn in "
             "a window, an image or a report, none of which wlinterp has).")
    assert run_lines(code) == [words]
