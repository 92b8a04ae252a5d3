"""Names PC SOFT's own example projects call that wlinterp does not run (the usage-limit,
HTML export and Java calls examples, gathered outside the repository): each is known, in
English and French, so `wl check` says what it is (WL103 with its family, WL212 for a
window constant) instead of "unknown procedure" (WL102) or "not declared" (WL101), and
`wl run` stops at the call naming it and its family."""
from __future__ import annotations

from pathlib import Path

import pytest

from wlinterp.cli import main
from wl_test_helpers import check_json, write

CALLS = [  # (English call, French call, the family's words in the message)
    ("gPen(1)", "gStylo(1)", "a drawing/image function"),
    ('fImageSelect("", "", "t", fGraphicFilter())',
     'fSélecteurImage("", "", "t", fFiltreImage())', "a window function"),
    ('grAddSeries("g", 1)', 'grAjouteSérie("g", 1)', "a chart function"),
    ('grDestroy("g")', 'grDétruit("g")', "a chart function"),
    ("iWindowCancel(False)", "iFenêtreAbandon(Faux)", "a printing/report function"),
    ('JavaLoad("f.jar")', 'JavaCharge("f.jar")', "a Java function"),
    ('JavaExecuteFunction("F", "x")', 'JavaExécuteFonction("F", "x")', "a Java function"),
    ('KeyCompareKey("a", "b")', 'CléCompareClé("a", "b")', "whose rules PC SOFT does not"),
    ('KeyGenerateInitialKey("a")', 'CléGénèreCléInitiale("a")', "whose rules PC SOFT"),
]


@pytest.mark.parametrize("lang", [0, 1])
@pytest.mark.parametrize("en, fr, family", CALLS)
def test_a_call_is_a_known_unavailable_function(lang: int, en: str, fr: str, family: str,
                                                tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    call = (en, fr)[lang]
    script = write(tmp_path, "s.wl", f"{call}\n")
    found = check_json(script)
    assert {d["code"] for d in found} == {"WL103"}
    assert all(family in str(d["message"]) for d in found)
    assert main(["run", str(script)]) != 0
    err = capsys.readouterr().err
    assert call.split("(")[0] in err and family in err


@pytest.mark.parametrize("name", ["Grayed", "Grisé", "Inactive", "Inactif", "toColumn",
                                  "toColonne", "toTotal"])
def test_a_window_constant_is_wl212(name: str, tmp_path: Path) -> None:
    found = check_json(write(tmp_path, "s.wl", f"n is int = {name}\nTrace(n)\n"))
    assert [(d["code"], d["message"]) for d in found] == [
        ("WL212", f"window constant {name}: not available outside a window")]


@pytest.mark.parametrize("call", [
    "XMLValidDocument(doc)", "XMLDocumentValide(doc)", "XMLOpenReader(doc)",
    "XMLOuvreLecteur(doc)", "SysSpace()", "SysEspace()", "ExePriority(1)", "ExePriorite(1)",
    "DefaultDateTime()", "DateHeureParDéfaut()", "MatCompress(doc)", "MatCompresse(doc)",
    'fLoadResource("a")', 'fChargeRessource("a")', 'fStopCompress("a")',
    'fStopCompacte("a")'])
def test_a_function_that_stays_refused_says_why(call: str, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """The names docs/builtins.md "What stays refused, and why" lists: WINDEV's own, so
    neither "unknown procedure" (WL102) nor a run-time "Unknown procedure or function"."""
    script = write(tmp_path, "s.wl", f"doc is int = 1\nTrace(doc)\n{call}\n")
    found = check_json(script)
    assert [(d["code"], d["line"]) for d in found] == [("WL103", 3)]
    assert "a WLanguage function wlinterp does not run" in str(found[0]["message"])
    assert main(["run", str(script)]) != 0
    err = capsys.readouterr().err
    assert call.split("(")[0] + " is a WLanguage function wlinterp does not run" in err
