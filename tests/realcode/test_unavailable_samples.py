"""Two procedure sets written for these tests (tests/realcode/unavailable), one English and
one French, calling the same fifteen window, device and Windows functions by their names
in each language (and NetMACAddress, which runs since 6 Dec 2026): `wl check` says WL103 ("a window function: not available outside the
IDE") for each call and never WL102 (unknown procedure), and `wl run --call` stops at the
first with the function and its family named."""
from __future__ import annotations

from pathlib import Path

import pytest

from wlinterp.cli import main
from wl_test_helpers import check_json

HERE = Path(__file__).resolve().parent / "unavailable"
SAMPLES = {"en": HERE / "COL_WindowCalls.wdg", "fr": HERE / "COL_AppelsFenetre.wdg"}
# (line, column, name as written) of each call, the same in both files
CALLS = {
    "en": [(29, 7, "Maximize"), (30, 7, "MenuAddOption"), (31, 7, "MenuAddSeparator"),
           (32, 7, "Timer"), (33, 7, "Gauge"), (34, 7, "ToClipboard"), (35, 14, "TextWidth"),
           (45, 8, "EndTimer"), (46, 8, "YesNoAsynchronous"), (48, 7, "MapAddMarker"),
           (49, 7, "DocToPDF"), (50, 10, "SysScreenResolution"), (50, 42, "Iconize"),
           (58, 27, "NetworkDisconnect"), (59, 13, "WinInExecution")],
    "fr": [(29, 7, "Maximise"), (30, 7, "MenuAjouteOption"),
           (31, 7, "MenuAjouteSéparateur"), (32, 7, "Timer"), (33, 7, "Jauge"),
           (34, 7, "VersPressePapier"), (35, 16, "TexteLargeur"), (45, 8, "FinTimer"),
           (46, 8, "OuiNonAsynchrone"), (48, 7, "CarteAjouteMarqueur"),
           (49, 7, "DocVersPDF"), (50, 10, "SysRésolutionEcran"), (50, 42, "Iconise"),
           (58, 29, "RéseauDéconnecte"), (59, 13, "FenEnExécution")],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_call_is_wl103_and_none_is_unknown(lang: str) -> None:
    found = check_json(SAMPLES[lang])
    assert all(d["code"] == "WL103" for d in found), [d for d in found if d["code"] != "WL103"]
    assert [(d["line"], d["column"]) for d in found] == [(ln, col) for ln, col, _ in CALLS[lang]]
    for d, (_, _, name) in zip(found, CALLS[lang]):
        assert str(d["message"]).startswith(f"{name} is a")


def test_both_languages_name_the_same_families() -> None:
    families = {lang: [str(d["message"]).split(" is ", 1)[1].split(" (in ")[0]
                       for d in check_json(path)]
                for lang, path in SAMPLES.items()}
    assert families["en"] == families["fr"]
    assert families["en"][0].startswith("a window function: not available outside the IDE")
    assert "a Windows API/DLL function: not available outside Windows" in families["en"][11]


@pytest.mark.parametrize("lang, proc, arg, first", [
    ("en", "StartDashboard", "Sales", "Maximize"),
    ("fr", "DémarreTableauDeBord", "Ventes", "Maximise"),
    ("en", "StopAnswer", "2", "WinInExecution"),
    ("fr", "RéponseArrêt", "2", "FenEnExécution"),
])
def test_wl_run_stops_at_the_first_call_naming_function_and_family(
        lang: str, proc: str, arg: str, first: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["run", "--call", proc, str(SAMPLES[lang]), arg])
    err = capsys.readouterr().err
    assert code == 1
    assert (f"error: {first} is a window function: not available outside the IDE "
            "(wlinterp runs code without windows).") in err
    assert "Traceback" not in err
