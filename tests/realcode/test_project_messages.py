"""Multilingual messages of WINDEV 26 and before, `<§@` then 16 hexadecimal digits (the
identifier of the `string_res` that holds the text) then 4 (its index) `§>`, in projects
written for this test in the IDE's text format, English and French: an element's own
messages are in its file, the project's (identifier 0) in the project file; both are
read as their texts; one that no file read holds stays as written, with a warning
(docs/semantics.md, "String resources"). They used to stay the characters `<§@...§>`."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from wl_test_helpers import check_json, run_captured, write
from wlinterp.project import run_script

_PROJECT = """\
info :
 name : {project}
 type : 4097
project :
 code_elements :
  type_code : 0
  p_codes :
   -
     code : |1-
      {global_word}
      	gsUser {is_word} "ann"
     type : 196608
resources :
 string_res :
  identifier : 0x0
  strings :
   -
     text :
      {lang} : {cannot_open}
     index : 3
   -
     text :
      {lang} : "ledger.xml"
     index : 10
"""

_SET = """\
info :
 name : {name}
 type : 7
procedure_set :
 code_elements :
  type_code : 31
  p_codes :
   -
     code : |1-
      {constant_word}
      	CS_LEDGER_FILE = <§@0000000000000000000a§> // {comment}
      {end_word}
     type : 720896
 procedures :
  -
    name : {proc}
    type_code : 15
    code : |1+
     {proc_word} {proc}()
     {result_word} <§@3b8b5c017aca59da000f§> + " / " + <§@00000000000000000003§> + " / " + CS_LEDGER_FILE
    type : 458752
  -
    name : {other}
    type_code : 15
    code : |1+
     {proc_word} {other}()
     {result_word} <§@00000000000000000004§>
    type : 458752
resources :
 string_res :
  identifier : 0x3b8b5c017aca59da
  strings :
   -
     text :
      {lang} : {deleted}
     index : 15
"""

CASES = {
    "en": dict(project="WD Ledger", global_word="GLOBAL", is_word="is string =",
               lang="en-GB", cannot_open="Unable to open the ledger", name="SET_Ledger",
               constant_word="CONSTANT", end_word="END", comment="the ledger's file",
               proc="LedgerMessages", other="Unknown", proc_word="PROCEDURE",
               result_word="RESULT", deleted='"After: deletion"',
               expected="After: deletion / Unable to open the ledger / ledger.xml"),
    "fr": dict(project="WD Grand livre", global_word="GLOBALE", is_word="est une chaîne =",
               lang="fr-FR", cannot_open="Impossible d'ouvrir le grand livre",
               name="COL_GrandLivre", constant_word="CONSTANTE", end_word="FIN",
               comment="le fichier du grand livre", proc="MessagesGrandLivre",
               other="Inconnu", proc_word="PROCÉDURE", result_word="RENVOYER",
               deleted='"Après : suppression"',
               expected="Après : suppression / Impossible d'ouvrir le grand livre"
                        " / ledger.xml"),
}


def _project(tmp_path: Path, lang: str, with_project_file: bool = True) -> dict[str, str]:
    case = CASES[lang]
    if with_project_file:
        write(tmp_path, f"{case['project']}.wdp", _PROJECT.format(**case))
    write(tmp_path, f"{case['name']}.wdg", _SET.format(**case))
    return case


@pytest.mark.parametrize("lang", sorted(CASES))
def test_the_element_s_and_the_project_s_messages_read_as_their_texts(
        lang: str, tmp_path: Path) -> None:
    case = _project(tmp_path, lang)
    main = write(tmp_path, "main.wl", f"Trace({case['proc']}())\n")
    found = check_json(tmp_path)  # (index 4, in the procedure not called, is in no file)
    assert [(d["code"], d["line"]) for d in found] == [("WL218", 27)], found
    out, err = run_captured(main)
    warnings = [x for x in err.splitlines() if "warning:" in x]
    assert len(warnings) == 1  # (the set's other procedure names one the project lacks)
    assert "warning: <§@00000000000000000004§> is a multilingual message" in warnings[0]
    assert out.splitlines() == [case["expected"]]


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_message_no_file_holds_stays_as_written_with_a_warning(
        lang: str, tmp_path: Path) -> None:
    """Without the project file, the project's messages are not found: each is said
    where it stands; the element's own are read still."""
    case = _project(tmp_path, lang, with_project_file=False)
    out, err = io.StringIO(), io.StringIO()
    run_script(str(tmp_path / f"{case['name']}.wdg"), stdout=out, stderr=err,
               call=case["proc"])
    deleted = case["deleted"].strip('"')
    assert out.getvalue().splitlines() == [
        f"{deleted} / <§@00000000000000000003§> / <§@0000000000000000000a§>"]
    warnings = [x for x in err.getvalue().splitlines() if "warning:" in x]
    result = len(case["result_word"])  # (the references' columns follow the word)
    assert [w.split(": warning: ")[0].rsplit(".wdg:", 1)[1] for w in warnings] == [
        "11:25", f"20:{43 + result}", f"27:{7 + result}"]
    assert "<§@00000000000000000003§> is a multilingual message of the project (index 3 " \
        "of the texts the project file (.wdp, .wwp) keeps under 'resources : string_res')" \
        in err.getvalue()


def test_another_element_s_message() -> None:
    """A reference to another element's texts names that element's identifier."""
    from wlinterp.syntax.string_resources import unread, unread_note, with_resources
    code = "x = <§@00000000000000010002§>"
    assert with_resources(code, {}, {1: {2: "two"}}) == 'x = "two"'
    assert unread(code) == [(4, "<§@00000000000000010002§>")]
    assert "of element 0x1 (index 2 of the texts that element's file keeps" \
        in unread_note("<§@00000000000000010002§>")


_OTHER_SET = """\
info :
 name : {name}_2
 type : 7
procedure_set :
 code_elements :
  type_code : 31
  p_codes : []
 procedures :
  -
    name : {proc}_2
    type_code : 15
    code : |1+
     {proc_word} {proc}_2()
     {result_word} <§@00000000000000000003§> + <§@00000000000000000005§>
    type : 458752
"""


@pytest.mark.parametrize("lang", sorted(CASES))
def test_every_loaded_element_s_unread_messages_are_said_once_each(
        lang: str, tmp_path: Path) -> None:
    """The sets a script's run loads are warned of as the script is (only the script
    was), and a reference standing in several places or files is said once, where it
    first stands."""
    case = _project(tmp_path, lang, with_project_file=False)
    write(tmp_path, f"{case['name']}_2.wdg", _OTHER_SET.format(**case))
    main = write(tmp_path, "main.wl",
                 f"Trace({case['proc']}())\nTrace({case['proc']}_2())\n")
    out, err = run_captured(main)
    assert len(out.splitlines()) == 2
    places = [w.split(": warning: ")[0].rsplit("/", 1)[1]
              for w in err.splitlines() if ": warning: " in w and "§" in w]
    result = len(case["result_word"])
    first, second = f"{case['name']}.wdg", f"{case['name']}_2.wdg"
    assert sorted(places) == sorted([
        f"{first}:11:25", f"{first}:20:{43 + result}", f"{first}:27:{7 + result}",
        f"{second}:14:{35 + result}"])
    assert err.count("<§@00000000000000000003§> is a multilingual message") == 1
