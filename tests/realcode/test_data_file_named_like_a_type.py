"""A data file named like a WLanguage type, checked without its project's analysis: a
photo catalogue whose pictures are in a file `Image` (as PC SOFT's French web service
example keeps them) reads `HReadSeekFirst(Image, ImageID, n)`, `HFound(Image)` and
`Image.Path`. `wl check` said WL110 "'Image' is a type, not a value" at each, and the set
did not load; the H* call names it as its data file, so it is one, as any name an H* call
gives is without the analysis (docs/check.md). A type's name no H* call gives stays WL110,
and `wl run` without the analysis stops at the call (no data file is known then).
Procedure sets of our own, English and French."""
from __future__ import annotations

from pathlib import Path

import pytest
from windev_text import procedure_set
from wl_test_helpers import check_json, wl_in, write

PROCS = {
    "en": {"PicturePath": """
PROCEDURE PicturePath(nPicture is int) : string
HReadSeekFirst(Image, ImageID, nPicture)
IF HFound(Image) THEN RESULT Image.Path
RESULT ""
""", "PictureCount": """
PROCEDURE PictureCount() : int
n is int
FOR EACH Image
    n++
END
RESULT n
""", "NotAFile": """
PROCEDURE NotAFile()
x is int = Connection
Trace(x)
"""},
    "fr": {"CheminPhoto": """
PROCÉDURE CheminPhoto(nPhoto est un entier) : chaîne
HLitRecherchePremier(Image, IDImage, nPhoto)
SI HTrouve(Image) ALORS RENVOYER Image.Chemin
RENVOYER ""
""", "NombrePhotos": """
PROCÉDURE NombrePhotos() : entier
n est un entier
POUR TOUT Image
    n++
FIN
RENVOYER n
""", "PasUnFichier": """
PROCÉDURE PasUnFichier()
x est un entier = Connexion
Trace(x)
"""},
}


def _errors(path: Path) -> list[tuple[str, int, str]]:
    return [(str(d["code"]), int(d["line"]), str(d["message"])) for d in check_json(path)
            if d["severity"] == "error"]


@pytest.mark.parametrize("lang", sorted(PROCS))
def test_a_file_named_like_a_type_given_to_h_calls_is_a_data_file(lang: str,
                                                                   tmp_path: Path) -> None:
    path = write(tmp_path, f"pictures_{lang}.wdg", procedure_set("Pictures", "", PROCS[lang]))
    found = _errors(path)
    # only the type read as a value where no H* call names it, in the third procedure
    name = "Connection" if lang == "en" else "Connexion"
    assert [(code, message) for code, _, message in found] == \
        [("WL110", f"'{name}' is a type, not a value (in {'NotAFile' if lang == 'en' else 'PasUnFichier'})")]


@pytest.mark.parametrize("lang", sorted(PROCS))
def test_a_type_no_h_call_names_stays_wl110(lang: str, tmp_path: Path) -> None:
    code = "x is int = Image\nTrace(x)\n" if lang == "en" else \
        "x est un entier = Image\nTrace(x)\n"
    path = write(tmp_path, f"no_call_{lang}.wl", code)
    assert [(c, line) for c, line, _ in _errors(path)] == [("WL110", 1)]


@pytest.mark.parametrize("lang", sorted(PROCS))
def test_the_run_without_the_analysis_stops_at_the_call(lang: str, tmp_path: Path) -> None:
    code = "HReadSeekFirst(Image, ImageID, 3)\nTrace(\"after\")\n" if lang == "en" else \
        "HLitRecherchePremier(Image, IDImage, 3)\nTrace(\"après\")\n"
    path = write(tmp_path, f"run_{lang}.wl", code)
    r = wl_in(tmp_path, "run", path.name)
    assert r.returncode != 0 and r.stdout == ""
    assert f"{path.name}:1:" in r.stderr and "Traceback" not in r.stderr


# The run's compile (no data file inferred there) took the read for the type's, a WL110
# that refused the whole program: no procedure of the set could run, where `wl check`
# said nothing (issue 8, RC, 7 Dec 2026 evening). The read is the undeclared name it
# compiles as: the other procedures run, the call fails where it looks the file up.
OTHER = {"en": ("Hello", 'PROCEDURE Hello()\nRESULT "hello"\n'),
         "fr": ("Bonjour", 'PROCÉDURE Bonjour()\nRENVOYER "bonjour"\n')}


@pytest.mark.parametrize("lang", sorted(PROCS))
def test_the_set_s_other_procedures_run_without_the_analysis(
        lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from wlinterp.cli import main
    name, code = OTHER[lang]
    first = next(iter(PROCS[lang].items()))
    path = write(tmp_path, f"pictures_{lang}.wdg",
                 procedure_set("Pictures", "", {first[0]: first[1], name: code}))
    status = main(["run", "--call", name, str(path)])
    out, err = capsys.readouterr()
    assert (status, out.strip()) == (0, name.lower()), err
    status = main(["run", "--call", first[0], str(path), "3"])
    out, err = capsys.readouterr()
    assert status != 0 and "'Image' is not a data file" in err and "Traceback" not in err


_OTHER_FILE_XDD = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<ANALYSE GenNum="1" '
                   'VersionStructure="2" RepertoireDefaut=""><FICHIER Nom="Picture" '
                   'Abreviation="" NomPhysique="Picture" NomLogiqueDataBase="Picture" '
                   'FicNullSupporte="0"><INFOS_ETENDUES/><RUBRIQUE Nom="Path"><TYPE>2</TYPE>'
                   '<TYPE_CLE>0</TYPE_CLE><SENS_PARCOURS>0</SENS_PARCOURS><TAILLE>50</TAILLE>'
                   '<INDICERUBRIQUE Indice="0" Null="0" Valeur="" RubNullSupporte="0" '
                   'ValeurCalculee="0"/><INFOS_ETENDUES/></RUBRIQUE></FICHIER></ANALYSE>\n')


@pytest.mark.parametrize("lang", sorted(PROCS))
def test_with_an_analysis_that_has_no_such_file_it_is_undeclared(lang: str,
                                                                 tmp_path: Path) -> None:
    """An analysis given whose files do not hold it: the name is WL101, as any other
    unknown file named to an H* call (it was WL110, the type's)."""
    (tmp_path / "pics.xdd").write_bytes(_OTHER_FILE_XDD.encode("latin-1"))
    first = next(iter(PROCS[lang].items()))
    path = write(tmp_path, f"pictures_{lang}.wdg", procedure_set("Pictures", "",
                                                                  {first[0]: first[1]}))
    found = {(c, m.split(" (in ")[0]) for c, _, m in _errors(path)}
    assert ("WL101", "'Image' is not declared") in found
    assert not any(c == "WL110" for c, _ in found)
