"""A window saved by the IDE in text format, as `wl check` must read it whole (sources
written for this test, English and French, in the layout of PC SOFT's example projects):

- the controls, each with its own code, come before the window's `code_elements`, whose
  first block holds the window's global declarations: a `GLOBAL` line, then a CONSTANT
  block (indented under it) and variables, seen by the controls' code and the window's
  procedures, and not "declared twice" when the declaration block itself is checked;
- the project file (.wdp) beside it declares the project's globals in its initialization
  code, seen by every element of the project;
- `MoiMême` / `MySelf` is the control whose code runs;
- the closing code's `RESULT value` / `RENVOYER valeur` is what the window returns to the
  code that opened it (not WL108, "no caller to receive it")."""
from __future__ import annotations

from pathlib import Path

import pytest

from wl_test_helpers import check_json as _diagnostics
from windev_text import project_file

WINDOWS = {
    "en": ("WIN_Server", """\
info :
 name : WIN_Server
 type : 2
window :
 name : WIN_Server
 controls :
  -
    name : TABLE_Links
    type : 9
    columns :
     -
       name : COL_Socket
       type : 2
  -
    name : EDT_Port
    type : 2
    code_elements :
     type_code : 3
     p_codes :
      -
        code : |1+
         MySelf = gnListenPort
        type : 14
  -
    name : BTN_Stop
    type : 4
    code_elements :
     type_code : 4
     p_codes :
      -
        code : |1+
         IF SocketExist(CST_LISTEN) THEN SocketClose(CST_LISTEN)
         gnStopped++
        type : 18
 code_elements :
  type_code : 1
  p_codes :
   -
     code : |1-
      PROCEDURE MyWindow(psTitle is string = "Server")
      GLOBAL
      	CONSTANT
      		CST_LISTEN = "LISTEN"	// the listening socket
      	END
      	gnStopped is int
     type : 65536
   -
     code : |1-
      Trace(psTitle, CST_LISTEN, gnListenPort)
      Relay("hello")
     type : 34
   -
     code : |1+
      RESULT gnStopped
     type : 2
  procedures :
   -
     name : Relay
     type_code : 14
     code : |1-
      PROCEDURE Relay(sMessage is string)
      FOR EACH ROW OF TABLE_Links
      	IF SocketExist(COL_Socket) THEN SocketWrite(COL_Socket, sMessage)
      END
      RESULT gnStopped + Length(CST_LISTEN)
     type : 458752
""", project_file("Sockets", """\
gnListenPort is int = 5010
CONSTANT
	CST_VERSION = 2
END
""")),
    "fr": ("FEN_Serveur", """\
info :
 name : FEN_Serveur
 type : 2
window :
 name : FEN_Serveur
 controls :
  -
    name : TABLE_Liens
    type : 9
    columns :
     -
       name : COL_Socket
       type : 2
  -
    name : SAI_Port
    type : 2
    code_elements :
     type_code : 3
     p_codes :
      -
        code : |1+
         MoiMême = gnPortEcoute + CST_VERSION
        type : 14
  -
    name : BTN_Arrêter
    type : 4
    code_elements :
     type_code : 4
     p_codes :
      -
        code : |1+
         SI SocketExiste(csEcoute) ALORS SocketFerme(csEcoute)
         gnArrêts++
        type : 18
 code_elements :
  type_code : 1
  p_codes :
   -
     code : |1-
      PROCÉDURE MaFenêtre(psTitre est une chaîne = "Serveur")
      GLOBAL
      	CONSTANTE
      		csEcoute = "ECOUTE"	// la socket d'écoute
      	FIN
      	gnArrêts est un entier
     type : 65536
   -
     code : |1-
      Trace(psTitre, csEcoute, gnPortEcoute)
      Relaie("bonjour")
     type : 34
   -
     code : |1+
      RENVOYER gnArrêts
     type : 2
  procedures :
   -
     name : Relaie
     type_code : 14
     code : |1-
      PROCÉDURE Relaie(sMessage est une chaîne)
      POUR TOUTE LIGNE DE TABLE_Liens
      	SI SocketExiste(COL_Socket) ALORS SocketEcrit(COL_Socket, sMessage)
      FIN
      RENVOYER gnArrêts + Taille(csEcoute)
     type : 458752
""", project_file("Sockets", """\
gnPortEcoute est un entier = 5010
CONSTANTE
	CST_VERSION = 2
FIN
""")),
}


@pytest.mark.parametrize("lang", sorted(WINDOWS))
def test_a_window_saved_by_the_ide_checks_whole(lang: str, tmp_path: Path) -> None:
    name, window, project = WINDOWS[lang]
    (tmp_path / f"{name}.wdw").write_text(window, encoding="utf-8")
    (tmp_path / "Sockets.wdp").write_text(project, encoding="utf-8")
    found = _diagnostics(tmp_path / f"{name}.wdw")
    assert [d for d in found if d["severity"] == "error"] == []
    assert [d["code"] for d in found] == []  # the window's globals are used: no WL201


@pytest.mark.parametrize("lang", sorted(WINDOWS))
def test_without_the_project_file_its_globals_are_the_only_unknown_names(
        lang: str, tmp_path: Path) -> None:
    """The .wdp is what declares the project's globals: without it they are WL101, and
    nothing else is (the window's own declarations still come from its own block)."""
    name, window, _ = WINDOWS[lang]
    (tmp_path / f"{name}.wdw").write_text(window, encoding="utf-8")
    found = _diagnostics(tmp_path / f"{name}.wdw")
    unknown = {str(d["message"]).split("'")[1] for d in found if d["code"] == "WL101"}
    assert unknown == ({"gnListenPort"} if lang == "en" else {"gnPortEcoute", "CST_VERSION"})
    assert {d["code"] for d in found} == {"WL101"}


def test_a_constant_declared_twice_in_a_window_is_still_reported(tmp_path: Path) -> None:
    """Sharing the window's declarations with its own declaration block does not hide a
    constant really declared twice."""
    _, window, _ = WINDOWS["en"]
    twice = window.replace('CST_LISTEN = "LISTEN"	// the listening socket',
                           'CST_LISTEN = "LISTEN"\n      \t\tCST_LISTEN = "AGAIN"')
    (tmp_path / "WIN_Server.wdw").write_text(twice, encoding="utf-8")
    found = _diagnostics(tmp_path / "WIN_Server.wdw")
    assert [d["code"] for d in found if d["code"] == "WL105"] == ["WL105"]


# The declaration block is told by its element type where the file gives one: PC SOFT's
# example windows save it with no `type :` key (or 65536), the opening code as 34 and the
# closing code as 2. Two layouts the indentation alone misread: a window whose
# declarations are empty (not saved: the opening code comes first, and its variables are
# its own), and a declaration block saved after the opening code.
_TYPED = {
    "en": ("WIN_Counter", """\
info :
 name : WIN_Counter
 type : 2
window :
 name : WIN_Counter
 controls :
  -
    name : BTN_Add
    type : 4
    code_elements :
     type_code : 4
     p_codes :
      -
        code : |1+
         nClicks++
        type : 18
 code_elements :
  type_code : 1
  p_codes :
   -
     code : |1-
      nClicks is int = 1
      Trace(nClicks)
     type : 34
   -
     code : |1+
      RESULT 0
     type : 2
""", "nClicks"),
    "fr": ("FEN_Compteur", """\
info :
 name : FEN_Compteur
 type : 2
window :
 name : FEN_Compteur
 controls :
  -
    name : BTN_Ajouter
    type : 4
    code_elements :
     type_code : 4
     p_codes :
      -
        code : |1+
         gnClics++
        type : 18
 code_elements :
  type_code : 1
  p_codes :
   -
     code : |1-
      nLocal est un entier = 1
      Trace(nLocal, gnClics)
     type : 34
   -
     code : |1-
      GLOBAL
      	gnClics est un entier
   -
     code : |1+
      RENVOYER gnClics
     type : 2
""", "nLocal"),
}


@pytest.mark.parametrize("lang", sorted(_TYPED))
def test_the_declaration_block_is_told_by_its_element_type(lang: str, tmp_path: Path) -> None:
    """EN: no declaration block, so the opening code's `nClicks` is its own and the
    button's `nClicks++` names an undeclared variable; FR: the declarations come after
    the opening code and are still the window's (the button sees `gnClics`), while the
    opening code's `nLocal` stays its own."""
    name, window, local = _TYPED[lang]
    (tmp_path / f"{name}.wdw").write_text(window, encoding="utf-8")
    found = _diagnostics(tmp_path / f"{name}.wdw")
    unknown = [str(d["message"]).split("'")[1] for d in found if d["code"] == "WL101"]
    assert unknown == (["nClicks"] if lang == "en" else [])
    assert [d["code"] for d in found if d["severity"] == "error" and d["code"] != "WL101"] == []
    if lang == "fr":  # the opening code's own variable is not a window global
        window = window.replace("gnClics++", f"{local}++")
        (tmp_path / f"{name}.wdw").write_text(window, encoding="utf-8")
        found = _diagnostics(tmp_path / f"{name}.wdw")
        assert [str(d["message"]).split("'")[1] for d in found if d["code"] == "WL101"] \
            == [local]
