"""French families listed name by name instead of by a prefix that is an everyday word
(wlinterp/windev_catalog_exact.py): the program's own undeclared `ListeClients()` or
`SaisieCommande()` is an unknown procedure (WL102), WINDEV's `ListeAffiche` or
`SaisieAssistéeAjoute` still a function wlinterp does not run (WL103), in any case and
with or without accents."""
from __future__ import annotations

from pathlib import Path

import pytest

from wlinterp.syntax.names import fold
from wlinterp.windev_catalog import unavailable
from wlinterp.windev_catalog_exact import EXACT_NAMES, REPLACED_PREFIXES
from wlinterp.windev_catalog_more import MORE_PREFIXES
from wlinterp.windev_catalog_names import PREFIXES
from wl_test_helpers import check_json

OWN = ["ListeClients", "SaisieCommande", "ContactEnvoie", "FenetrePrincipale",
       "ApplicationDemarre", "Applique2", "CarteGrise",
       "ChampionDuMonde", "CalendrierScolaire",
       "MenuPrincipal", "PageSuivante", "MapRoute", "DocGenerate", "DocGénère",
       "VideoSuivante", "VidéoProjecteur", "Document"]
WINDEV = ["ListeAffiche", "listeaffiche", "SaisieAssistéeAjoute", "SaisieAssisteeAjoute",
          "ContactAjoute", "FenEnExécution", "FENTAILLE", "AppliInstalleVersion",
          "CarteAjouteMarqueur", "ChampGrisé", "CalendrierPosition",
          "MenuAjouteOption", "menuinvisible", "MenuSélectPlus", "DocVersPDF",
          "DocInsèreTableau", "VidéoCapture", "VideoAffiche", "PageParameter",
          "PageParamètre", "PageDisplay", "PageAddress"]


def test_the_replaced_prefixes_are_prefixes_no_more() -> None:
    prefixes = {p for p, _, _ in PREFIXES + MORE_PREFIXES}
    assert not prefixes & set(REPLACED_PREFIXES)
    listed = {fold(n)[:len(p)] for text in EXACT_NAMES.values() for n in text.split()
              for p in REPLACED_PREFIXES if fold(n).startswith(p)}
    assert listed == set(REPLACED_PREFIXES)  # each replaced prefix has its names listed


def test_page_and_map_are_no_prefixes_either() -> None:
    """`Page...` (its names read on pages: windev_catalog_names) and `Map...` (the map
    control's functions are known by their French names, Carte...) match no more."""
    prefixes = {p for p, _, _ in PREFIXES + MORE_PREFIXES}
    assert not prefixes & {"page", "map", "menu", "doc", "video"}


@pytest.mark.parametrize("name", OWN)
def test_a_procedure_of_the_program_is_not_taken_for_a_windev_function(name: str) -> None:
    assert unavailable(name) is None


@pytest.mark.parametrize("name", WINDEV)
def test_windev_functions_of_those_families_are_still_known(name: str) -> None:
    entry = unavailable(name)
    assert entry is not None and not entry.by_prefix


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_wl_check_says_unknown_procedure_for_the_program_s_own_name(
        lang: str, tmp_path: Path) -> None:
    text = {"en": 'ListeClients()\nListAdd(LIST_Names, "x")\nMapRoute()\n'
                  'PageParameter("p")\nDocGenerate()\n',
            "fr": 'SaisieCommande()\nListeAjoute(LISTE_Noms, "x")\nMenuPrincipal()\n'
                  'MenuAjouteOption("m", "o")\nPageSuivante()\n'}[lang]
    script = tmp_path / f"{lang}.wl"
    script.write_text(text, encoding="utf-8")
    found = [(d["code"], d["line"]) for d in check_json(script) if d["severity"] == "error"]
    assert sorted(found) == [("WL102", 1), ("WL102", 3), ("WL102", 5), ("WL103", 2),
                             ("WL103", 4)]
