"""A WEBDEV project (`.wwp` at the root) whose sets live in subfolders, as PC SOFT's own
WEBDEV example keeps them (WW_MotorEquipment: `OnLineSaleAccount/SET_ECommerce.wdg`,
`CustomerSectionPage/pCustomerSection.wdg` setting `SET_ECommerce.gsURL...`). Sources
written for this test, English and French.

The `.wwp` was no project marker: a set of one subfolder did not see the set of another
(WL101 on `SET_Shop`, and `wl run` stopped: "A value of type string has no member"), nor
the project's globals. It now marks the project's root as a `.wdp` does."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from wl_test_helpers import check_json

PROJECT = {
    "en": ("Site.wwp", """\
info :
 name : Site
 type : 4098
project :
 code_elements :
  type_code : 0
  p_codes :
   -
     code : |1-
      gsSiteName is string = "Motor shop"
      SET_Shop.InitShop()
     type : 196608
"""),
    "fr": ("Site.WWP", """\
info :
 name : Site
 type : 4098
project :
 code_elements :
  type_code : 0
  p_codes :
   -
     code : |1-
      gsNomSite est une chaîne = "Boutique moto"
      COL_Boutique.InitBoutique()
     type : 196608
"""),
}

SHOP = {
    "en": ("SET_Shop.wdg", """\
info :
 name : SET_Shop
 type : 7
procedure_set :
 code_elements :
  type_code : 31
  p_codes :
   -
     code : |1+
      gsURLBasket is string
      gnNbDecimals is int = 3
     type : 720896
  procedures :
   -
     name : InitShop
     type_code : 15
     code : |1+
      PROCEDURE InitShop()
      gnNbDecimals = 2
     type : 458752
"""),
    "fr": ("COL_Boutique.wdg", """\
info :
 name : COL_Boutique
 type : 7
procedure_set :
 code_elements :
  type_code : 31
  p_codes :
   -
     code : |1+
      gsURLPanier est une chaîne
      gnNbDécimales est un entier = 3
     type : 720896
  procedures :
   -
     name : InitBoutique
     type_code : 15
     code : |1+
      PROCÉDURE InitBoutique()
      gnNbDécimales = 2
     type : 458752
"""),
}

PAGES = {
    "en": ("pPages.wdg", """\
info :
 name : pPages
 type : 7
procedure_set :
 code_elements :
  type_code : 31
  p_codes : []
  procedures :
   -
     name : InitializePages
     type_code : 15
     code : |1+
      PROCEDURE InitializePages()
      SET_Shop.gsURLBasket = "/basket"
      RESULT gsSiteName + " " + SET_Shop.gsURLBasket + " " + SET_Shop.gnNbDecimals
     type : 458752
"""),
    "fr": ("pPages.wdg", """\
info :
 name : pPages
 type : 7
procedure_set :
 code_elements :
  type_code : 31
  p_codes : []
  procedures :
   -
     name : InitialisePages
     type_code : 15
     code : |1+
      PROCÉDURE InitialisePages()
      COL_Boutique.gsURLPanier = "/panier"
      RENVOYER gsNomSite + " " + COL_Boutique.gsURLPanier + " " + COL_Boutique.gnNbDécimales
     type : 458752
"""),
}


def _site(lang: str, root: Path) -> Path:
    """The project file at the root, the shop's set in Shop/, the pages' set in Pages/."""
    name, text = PROJECT[lang]
    (root / name).write_text(text, encoding="utf-8")
    for folder, (file, code) in (("Shop", SHOP[lang]), ("Pages", PAGES[lang])):
        (root / folder).mkdir()
        (root / folder / file).write_text(code, encoding="utf-8")
    return root / "Pages" / PAGES[lang][0]


@pytest.mark.parametrize("lang", sorted(PROJECT))
def test_a_set_of_a_subfolder_sees_the_other_sets_and_the_globals_of_the_wwp(
        lang: str, tmp_path: Path) -> None:
    pages = _site(lang, tmp_path)
    assert check_json(pages) == []


@pytest.mark.parametrize("lang", sorted(PROJECT))
def test_without_the_wwp_the_other_folder_is_not_the_same_project(
        lang: str, tmp_path: Path) -> None:
    pages = _site(lang, tmp_path)
    (tmp_path / PROJECT[lang][0]).unlink()
    quoted = {name for d in check_json(pages) for name in re.findall(r"'([^']+)'", str(d["message"]))}
    # (COL_Boutique reads as a control's name, a column, whose members go unchecked)
    assert quoted >= ({"SET_Shop", "gsSiteName"} if lang == "en" else {"gsNomSite"})


@pytest.mark.parametrize("lang", sorted(PROJECT))
def test_the_pages_set_runs_with_the_projects_sets(lang: str, tmp_path: Path) -> None:
    pages = _site(lang, tmp_path)
    proc = "InitializePages" if lang == "en" else "InitialisePages"
    done = subprocess.run([sys.executable, "-m", "wlinterp", "run", "--call", proc, str(pages)],
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stderr
    # the project file's declarations are made; its statements (InitShop()) are not run,
    # as for a .wdp (project/project_file.py)
    assert done.stdout.splitlines() == (["Motor shop /basket 3"] if lang == "en" else
                                        ["Boutique moto /panier 3"])
