"""A project laid out as the IDE saves it and PC SOFT publishes it: the project file at
the root, the analysis export in its `<Name>.ana/` folder, code in a folder below. The
analysis is found there (its data files, items and connections are names: no WL101),
and two `.ana` folders holding an export each are ambiguous: no analysis, as two `.xdd`
at the root are (wlinterp/hfsql/project_data.py; docs/hfsql.md "The analysis in its
folder, its connections"). Written for these tests (no third-party code)."""
from __future__ import annotations

from pathlib import Path

import pytest
from wl_test_helpers import check_json

_XDD = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<ANALYSE GenNum="1" '
        'VersionStructure="2" RepertoireDefaut=""><CONNEXION Nom="{cnx}" Type="17"><SOURCE/>'
        '<USER/><MDP/><DB/><INFOS_ETENDUES/></CONNEXION><FICHIER Nom="{file}" Abreviation="" '
        'NomPhysique="{file}" NomLogiqueDataBase="{file}" FicNullSupporte="0"><INFOS_ETENDUES/>'
        '<RUBRIQUE Nom="{item}"><TYPE>2</TYPE><TYPE_CLE>1</TYPE_CLE><SENS_PARCOURS>0'
        '</SENS_PARCOURS><TAILLE>20</TAILLE><INDICERUBRIQUE Indice="0" Null="0" Valeur="" '
        'RubNullSupporte="0" ValeurCalculee="0"/><INFOS_ETENDUES/></RUBRIQUE></FICHIER>'
        '</ANALYSE>\n')

CASES = {
    "en": ("Stock", "Part", "Ref", "LocalCnx",
           ('HChangeConnection(Part, LocalCnx)\nHReadSeekFirst(Part, Ref, "A")\n'
           'Trace(Part.Ref)\n')),
    "fr": ("Gestion", "Pièce", "Référence", "ConnexionLocale",
           ('HChangeConnexion(Pièce, connexionlocale)\nHLitRecherchePremier(Pièce, '
           'Référence, "A")\nTrace(Pièce.Référence)\n')),
}


def _project(root: Path, lang: str, ana_folders: int = 1) -> Path:
    """The project's root: its `.wdp`, its analysis in `.ana` folders, code in `code/`."""
    name, file, item, cnx, code = CASES[lang]
    (root / f"{name}.wdp").write_text("info :\n name : " + name + "\n type : 0\n",
                                      encoding="utf-8")
    for n in range(ana_folders):
        folder = root / f"{name}{n or ''}.ana"
        folder.mkdir()
        (folder / f"{name}.xdd").write_bytes(
            _XDD.format(cnx=cnx, file=file, item=item).encode("latin-1"))
    (root / "code").mkdir()
    script = root / "code" / "use.wl"
    script.write_text(code, encoding="utf-8")
    return script


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_analysis_in_its_folder_declares_files_items_and_connections(
        lang: str, tmp_path: Path) -> None:
    assert check_json(_project(tmp_path, lang)) == []


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_two_analysis_folders_with_an_export_each_give_no_analysis(
        lang: str, tmp_path: Path) -> None:
    found = check_json(_project(tmp_path, lang, ana_folders=2))
    named = {str(d["message"]).split("'")[1] for d in found if d["code"] == "WL101"}
    assert CASES[lang][3].lower() in {n.lower() for n in named}
