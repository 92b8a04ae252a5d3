"""An element is named by its own `name :` line (the file's `info :` section, as the IDE
writes it), not by its file's name: a set saved as `helpers_copy.wdg` holding the set
COL_Helpers is `COL_Helpers` in `COL_Helpers.Total(...)` for `wl check` and `wl run`, a
page saved as `login_v2.wwh` holding the page `connection` is that page for `wl check`
(not the Connection type), ErrorInfo(errElement) names the set. A
WINDEV Mobile project file (`.wpp`, ?2030003) marks a project's root as a `.wdp` does.
Sources written for this test, English and French; a file without an `info :` section
keeps its file's name (tests/realcode/test_webdev_project_file.py and the others).

Before: `COL_Helpers.gnRate = 10` stopped the run ("control COL_Helpers: not available
outside the IDE") and `wl check` said WL101 on the project's globals (the `.wpp` marked
nothing)."""
from __future__ import annotations

from pathlib import Path

import pytest

from windev_text import procedure_set, project_file
from wl_test_helpers import check_json, wl_in
from wlinterp.hfsql.wdr import find_queries
from wlinterp.syntax.element_name import element_name, element_name_of

PROJECT = {"en": project_file("App", 'gsAppName is string = "Orders"'),
           "fr": project_file("Appli", 'gsNomAppli est une chaîne = "Commandes"')}

HELPERS = {"en": procedure_set("COL_Helpers", "gnRate is int = 20", {
    "Total": "PROCEDURE Total(n is int)\nRESULT n + n * gnRate / 100",
    "Where": 'PROCEDURE Where()\nfOpen("/nonexistent/zz.txt", foRead)\n'
             "RESULT ErrorInfo(errElement)"}),
    "fr": procedure_set("COL_Outils", "gnTaux est un entier = 20", {
        "Total": "PROCÉDURE Total(n est un entier)\nRENVOYER n + n * gnTaux / 100",
        "Emplacement": 'PROCÉDURE Emplacement()\nfOuvre("/nonexistent/zz.txt", foLecture)\n'
                       "RENVOYER ErreurInfo(errElément)"})}

MAIN = {"en": procedure_set("COL_Main", "", {
    "Run": "PROCEDURE Run()\nCOL_Helpers.gnRate = 10\n"
           'RESULT gsAppName + " " + COL_Helpers.Total(50) + " " + COL_Helpers.Where()'}),
    "fr": procedure_set("COL_Principal", "", {
        "Lance": "PROCÉDURE Lance()\nCOL_Outils.gnTaux = 10\n"
                 'RENVOYER gsNomAppli + " " + COL_Outils.Total(50) + " " + '
                 "COL_Outils.Emplacement()"})}

# a set naming a page whose name is also a type's (Connection / Connexion): named by its
# file, `login_v2`, the page was not known and the name was the type (WL110 "'connection'
# is a type, not a value"); PageAddress itself is a WEBDEV page function (WL103)
PAGES = {"en": procedure_set("COL_Pages", "", {
    "Login": "PROCEDURE Login()\nRESULT PageAddress(connection)",
    "Named": "PROCEDURE Named()\nsPage is string = connection\nRESULT sPage"}),
    "fr": procedure_set("COL_Pages", "", {
        "Identifie": "PROCÉDURE Identifie()\nRENVOYER PageAdresse(connexion)",
        "Nommée": "PROCÉDURE Nommée()\nsPage est une chaîne = connexion\nRENVOYER sPage"})}

PAGE = {"en": "info :\n name : connection\n type : 65538\npage :\n name : connection\n",
        "fr": "info :\n name : connexion\n type : 65538\npage :\n name : connexion\n"}


def _project(lang: str, root: Path) -> Path:
    """The `.wpp` at the root, the helpers' set in Lib/ and the main set in Main/, each
    file named otherwise than its element."""
    (root / ("App.wpp" if lang == "en" else "Appli.WPP")).write_text(PROJECT[lang], "utf-8")
    (root / "Lib").mkdir()
    (root / "Lib" / "helpers_copy.wdg").write_text(HELPERS[lang], "utf-8")
    (root / "Main").mkdir()
    main = root / "Main" / "old_name.wdg"
    main.write_text(MAIN[lang], "utf-8")
    return main


@pytest.mark.parametrize("lang", sorted(MAIN))
def test_wl_check_knows_the_sets_by_their_element_names(lang: str, tmp_path: Path) -> None:
    main = _project(lang, tmp_path)
    assert [d for d in check_json(main) if d["severity"] == "error"] == []


@pytest.mark.parametrize("lang", sorted(MAIN))
def test_wl_check_knows_a_page_by_its_element_name(lang: str, tmp_path: Path) -> None:
    (tmp_path / "login_v2.wwh").write_text(PAGE[lang], "utf-8")
    pages = tmp_path / "pages.wdg"
    pages.write_text(PAGES[lang], "utf-8")
    assert [d["code"] for d in check_json(pages) if d["severity"] == "error"] == ["WL103"]


@pytest.mark.parametrize("lang,proc,said", [
    ("en", "Login", "PageAddress is a WEBDEV page function"),
    ("en", "Named", "page connection: not available outside the IDE"),
    ("fr", "Identifie", "PageAdresse is a WEBDEV page function"),
    ("fr", "Nommée", "page connexion: not available outside the IDE")])
def test_wl_run_stops_where_the_page_is_used(lang: str, proc: str, said: str,
                                             tmp_path: Path) -> None:
    """The set compiles (it stopped before anything ran: "'connection' is a type, not a
    value") and the run stops where the page is used, saying what it is."""
    (tmp_path / "login_v2.wwh").write_text(PAGE[lang], "utf-8")
    (tmp_path / "pages.wdg").write_text(PAGES[lang], "utf-8")
    done = wl_in(tmp_path, "run", "--call", proc, "pages.wdg")
    assert done.returncode != 0
    assert said in done.stderr and "is a type" not in done.stderr, done.stderr


@pytest.mark.parametrize("lang", sorted(MAIN))
def test_wl_run_reaches_the_set_by_its_element_name(lang: str, tmp_path: Path) -> None:
    main = _project(lang, tmp_path)
    proc = "Run" if lang == "en" else "Lance"
    done = wl_in(tmp_path, "run", "--call", proc, str(main))
    assert done.returncode == 0, done.stderr
    # the set's global written through its name; ErrorInfo(errElement) names the set
    assert done.stdout.splitlines() == (["Orders 55 COL_Helpers"] if lang == "en" else
                                        ["Commandes 55 COL_Outils"])


def test_a_file_without_info_keeps_its_files_name(tmp_path: Path) -> None:
    bare = tmp_path / "COL_Old.wdg"
    bare.write_text("procedure_set :\n name : Other\n", "utf-8")
    assert element_name(bare.read_text("utf-8")) is None
    assert element_name_of(str(bare)) == "COL_Old"
    assert element_name_of(str(tmp_path / "gone.wdg")) == "gone"


def test_the_name_line_read_as_the_ide_saves_it() -> None:
    """CR LF line ends (Windows), a byte order mark, quotes, keys before `name :`."""
    assert element_name("\ufeffinfo :\r\n major_version : 28\r\n name : \"COL_X\"\r\n") \
        == "COL_X"
    assert element_name("info :\n name : Procédures globales de WD Trigger\n type : 7\n") \
        == "Procédures globales de WD Trigger"


def test_an_ansi_file_is_named_too(tmp_path: Path) -> None:
    path = tmp_path / "x.wdg"
    path.write_bytes("info :\n name : COL_Élément\n type : 7\n".encode("cp1252"))
    assert element_name_of(str(path)) == "COL_Élément"


def test_a_query_is_named_by_its_name_line(tmp_path: Path) -> None:
    (tmp_path / "q_copy.WDR").write_text(
        "info :\n name : QRY_Customers\n type : 5\nquery :\n sql_code : |1+\n"
        "  SELECT * FROM Customer\n", "utf-8")
    (tmp_path / "QRY_Plain.wdr").write_text("SELECT 1\n", "utf-8")
    assert sorted(q.name for q in find_queries([str(tmp_path)]).values()) == \
        ["QRY_Customers", "QRY_Plain"]


@pytest.mark.parametrize("lang", sorted(MAIN))
def test_a_page_of_another_folder_of_the_project_is_known(lang: str, tmp_path: Path) -> None:
    """PC SOFT's WEBDEV example keeps the page connection.wwh beside the set naming it,
    in a subfolder: running a file of another folder of the project compiles that set
    too, which stopped before anything ran ("'connection' is a type, not a value"); and
    a set of one folder naming a page of another is checked clean."""
    _project(lang, tmp_path)  # the .wpp, Lib/ and Main/
    (tmp_path / "Pages").mkdir()
    (tmp_path / "Pages" / "login_v2.wwh").write_text(PAGE[lang], "utf-8")
    (tmp_path / "Pages" / "pages.wdg").write_text(PAGES[lang], "utf-8")
    proc = "Run" if lang == "en" else "Lance"
    done = wl_in(tmp_path, "run", "--call", proc, str(tmp_path / "Main" / "old_name.wdg"))
    assert done.returncode == 0, done.stderr
    (tmp_path / "Main" / "more.wdg").write_text(PAGES[lang].replace("COL_Pages", "COL_More"),
                                                "utf-8")
    (tmp_path / "Pages" / "pages.wdg").unlink()
    found = check_json(tmp_path / "Main" / "more.wdg")
    assert [d["code"] for d in found if d["severity"] == "error"] == ["WL103"]
