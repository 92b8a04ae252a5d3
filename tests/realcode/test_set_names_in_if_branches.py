"""`Set.Proc(...)` inside an IF's branches (the Restaurant project, PROC_Auth.wl:
`SI PAS HTrouve(Utilisateurs) ALORS PROC_Utilitaires.JournaliserAction(...)`): the set's
name was resolved everywhere but there (an IF keeps its branches as (condition,
statements) pairs, which the rewriting of `Set.Name` did not enter), so `wl check` said
WL101 "'PROC_Utilitaires' is not declared" and `wl run` stopped on "Unknown method".
Sources written for this test."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

import wlinterp
from wl_test_helpers import check_json

FILES = {
    "en": {"PROC_Tools.wl": "PROCEDURE Log(n, s)\nTrace(\"log\", n, s)\n"
                            "PROCEDURE Twice(n)\nRESULT 2 * n\n",
           "PROC_Auth.wl": "PROCEDURE Login(b)\nIF NOT b THEN\n\tPROC_Tools.Log(0, \"no\")\n"
                           "\tRESULT False\nELSE IF b = 2 THEN\n\tRESULT PROC_Tools.Twice(3)\n"
                           "ELSE\n\tPROC_Tools.Log(1, \"yes\")\nEND\n"
                           "IF b THEN PROC_Tools.Log(2, \"one line\")\nRESULT True\n",
           "main.wl": "Trace(PROC_Auth.Login(False))\nTrace(PROC_Auth.Login(True))\n"
                      "Trace(PROC_Auth.Login(2))\n"},
    "fr": {"PROC_Outils.wl": "PROCÉDURE Journal(n, s)\nTrace(\"journal\", n, s)\n"
                             "PROCÉDURE Double(n)\nRENVOYER 2 * n\n",
           "PROC_Auth.wl": "PROCÉDURE Connecter(b)\nSI PAS b ALORS\n"
                           "\tPROC_Outils.Journal(0, \"non\")\n\tRENVOYER Faux\n"
                           "SINON SI b = 2 ALORS\n\tRENVOYER PROC_Outils.Double(3)\nSINON\n"
                           "\tPROC_Outils.Journal(1, \"oui\")\nFIN\n"
                           "SI b ALORS PROC_Outils.Journal(2, \"une ligne\")\nRENVOYER Vrai\n",
           "main.wl": "Trace(PROC_Auth.Connecter(Faux))\nTrace(PROC_Auth.Connecter(Vrai))\n"
                      "Trace(PROC_Auth.Connecter(2))\n"},
}
WORDS = {"en": ("log", "yes", "one line"), "fr": ("journal", "oui", "une ligne")}


@pytest.mark.parametrize("lang", sorted(FILES))
def test_set_names_in_if_branches(tmp_path: Path, lang: str) -> None:
    for name, text in FILES[lang].items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = io.StringIO()
    wlinterp.run_file(str(tmp_path / "main.wl"), stdout=out, stderr=io.StringIO())
    log, yes, line = WORDS[lang]
    assert out.getvalue().splitlines() == [
        f"{log}, 0, {'no' if lang == 'en' else 'non'}", "0",
        f"{log}, 1, {yes}", f"{log}, 2, {line}", "1", "6"]
    assert check_json(tmp_path / "PROC_Auth.wl") == []
