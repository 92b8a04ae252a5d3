"""What one file of a project declares and the others use, as PC SOFT's example projects
do it (sources written for this test, English and French):

- a procedure set's declarations hold a combination, an enumeration and constants; a
  class or another set of the project types parameters and variables with them and uses
  their values (`wl check` said WL101 on every value, WL207 on the types; `wl run` ran);
- `FOR EACH File WHERE Item = value` names the data file's item bare, as the loop reads
  it: `wl check` takes it for the item, and still checks the value side."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wl_test_helpers import check_json as _diagnostics

TYPES = {
    "en": """\
info :
 name : SET_Types
 type : 7
procedure_set :
 code_elements :
  type_code : 31
  p_codes :
   -
     code : |1+
      COMB_Load is combination
      	LoadDescription
      	LoadPhotos
      END
      ENUM_Kind is enumeration
      	KIND_Plain
      	KIND_Special
      END
      CONSTANT
      	CST_MAX = 3
      END
     type : 720896
""",
    "fr": """\
info :
 name : COL_Types
 type : 7
procedure_set :
 code_elements :
  type_code : 31
  p_codes :
   -
     code : |1+
      COMB_Chargement est une combinaison
      	ChargeDescription
      	ChargePhotos
      FIN
      ENUM_Genre est une énumération
      	GENRE_Simple
      	GENRE_Spécial
      FIN
      CONSTANTE
      	CST_MAX = 3
      FIN
     type : 720896
""",
}

USES = {
    "en": """\
info :
 name : CItem
 type : 4
class :
 code_elements :
  type_code : 10
  p_codes :
   -
     code : |1+
      CItem is Class
      	m_eKind is ENUM_Kind
      END
     type : 131072
  procedures :
   -
     name : Load
     type_code : 12
     code : |1+
      PROCEDURE Load(coOption is COMB_Load = LoadDescription)
      IF coOption[LoadPhotos] THEN Trace("photos")
      m_eKind = KIND_Special
      RESULT CST_MAX
     type : 458752
   -
     name : Count
     type_code : 12
     code : |1+
      PROCEDURE Count(nFamily is int)
      n is int
      FOR EACH Product WHERE FamilyID = nFamily AND Price > CST_MAX
      	n++
      END
      HReadFirst(Product)
      RESULT n
     type : 458752
""",
    "fr": """\
info :
 name : CArticle
 type : 4
class :
 code_elements :
  type_code : 10
  p_codes :
   -
     code : |1+
      CArticle est une Classe
      	m_eGenre est un ENUM_Genre
      FIN
     type : 131072
  procedures :
   -
     name : Charge
     type_code : 12
     code : |1+
      PROCÉDURE Charge(coOption est un COMB_Chargement = ChargeDescription)
      SI coOption[ChargePhotos] ALORS Trace("photos")
      m_eGenre = GENRE_Spécial
      RENVOYER CST_MAX
     type : 458752
   -
     name : Compte
     type_code : 12
     code : |1+
      PROCÉDURE Compte(nFamille est un entier)
      n est un entier
      POUR TOUT Produit OÙ IDFamille = nFamille ET Prix > CST_MAX
      	n++
      FIN
      HLitPremier(Produit)
      RENVOYER n
     type : 458752
""",
}


def _write(lang: str, folder: Path) -> Path:
    (folder / ("SET_Types.wdg" if lang == "en" else "COL_Types.wdg")).write_text(
        TYPES[lang], encoding="utf-8")
    user = folder / ("CItem.wdc" if lang == "en" else "CArticle.wdc")
    user.write_text(USES[lang], encoding="utf-8")
    return user


@pytest.mark.parametrize("lang", sorted(TYPES))
def test_a_sets_combination_enumeration_and_constants_are_seen_by_the_project(
        lang: str, tmp_path: Path) -> None:
    _write(lang, tmp_path)
    assert _diagnostics(tmp_path) == []


@pytest.mark.parametrize("lang", sorted(TYPES))
def test_the_value_side_of_a_file_condition_without_an_analysis(lang: str, tmp_path: Path) -> None:
    """With no analysis, a bare name nothing declares on the value side may be another item
    of the file (`Price > Stock`, docs/hfsql.md): check leaves it to the run, as it leaves the
    item on the left; a name the code declares is still checked as a value (an unknown member
    of it is an error)."""
    user = _write(lang, tmp_path)
    text = user.read_text(encoding="utf-8")
    user.write_text(text.replace("= nFamily", "= nFamly").replace("= nFamille", "= nFamile"),
                    encoding="utf-8")
    assert [d for d in _diagnostics(tmp_path) if d["severity"] == "error"] == []
    user.write_text(text.replace("= nFamily", "= nFamily.Nope").replace("= nFamille",
                                                                        "= nFamille.Nope"),
                    encoding="utf-8")
    assert [d["code"] for d in _diagnostics(tmp_path) if d["severity"] == "error"] != []


@pytest.mark.parametrize("lang", sorted(TYPES))
def test_the_class_runs_with_the_sets_values(lang: str, tmp_path: Path) -> None:
    user = _write(lang, tmp_path)
    main = tmp_path / "main.wl"
    main.write_text("o is CItem\nTrace(o.Load(LoadDescription + LoadPhotos), o.m_eKind = KIND_Special)\n"
                    if lang == "en" else
                    "o est un CArticle\nTrace(o.Charge(ChargeDescription + ChargePhotos), "
                    "o.m_eGenre = GENRE_Spécial)\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "wlinterp", "run", str(main)],
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["photos", "3, 1"]
    assert user.exists()
