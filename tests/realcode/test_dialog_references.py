"""Dialog boxes described with the Dialog wizard, `<§?` + 16 hexadecimal digits + `§>` in
a text-format file's code (PC SOFT's trigger example: `SWITCH Dialog(<§?168A10AC010F39A7§>)`),
read from the element's `resources : dialogs :` in sets written for this test, English
and French: `Dialog(<§?ID§>, p...)` is `Dialog(StringBuild(question, p...), [buttons])`,
anywhere else the question; one the file does not hold stays as written with a warning
(docs/semantics.md, "Dialog references"). They stayed the characters `<§?...§>`."""
from __future__ import annotations

from pathlib import Path

import pytest

from wl_test_helpers import run_captured, wl_test, write
from wlinterp.syntax.winfile import code_blocks

_SET = """\
info :
 name : {name}
 type : 7
procedure_set :
 code_elements :
  type_code : 31
  p_codes : []
 procedures :
  -
    name : {proc}
    type_code : 15
    code : |1+
     {proc_word} {proc}(sFile)
     {switch_word} Dialog(<§?168A10AC010F39A7§>, sFile)
     	{case_word} 1 : {result_word} "1"
     	{case_word} 2 : {result_word} "2"
     {end_word}
    type : 458752
  -
    name : {other}
    type_code : 15
    code : |1+
     {proc_word} {other}()
     {result_word} <§?168a10ac010f39a7§> + "/" + <§?00000000000000AB§>
    type : 458752
resources :
 string_res :
  identifier : 0x3b8b5c017aca59da
  strings :
   -
     text :
      {lang} : {kept}
     index : 1
 dialogs :
  -
    identifier : 0x168a10ac010f39a7
    internal_properties : CAAAAAgAAAB
    label :
     {other_lang} : {other_question}
     {lang} : {question}
    image : {{}}
    cancel_button : 2
    buttons :
     -
       label :
        {other_lang} : "{other_first}"
        {lang} : "{first}"
       image : {{}}
       value : 1
     -
       label :
        {lang} : {second}
       image : {{}}
       value : 2
"""

CASES = {
    "en": dict(name="SET_Files", proc="ConfirmDelete", other="Question", proc_word="PROCEDURE",
               switch_word="SWITCH", case_word="CASE", result_word="RESULT", end_word="END",
               lang="en-GB", other_lang="fr-FR", kept="Kept",
               question="Delete the file %1?", other_question="Supprimer le fichier %1 ?",
               first="&Delete", other_first="&Supprimer", second="Do &not delete"),
    "fr": dict(name="COL_Fichiers", proc="ConfirmerSuppression", other="LaQuestion",
               proc_word="PROCÉDURE", switch_word="SELON", case_word="CAS",
               result_word="RENVOYER", end_word="FIN", lang="fr-FR", other_lang="en-GB",
               kept="Gardé", question="Supprimer le fichier %1 ?",
               other_question="Delete the file %1?", first="&Supprimer",
               other_first="&Delete", second="&Ne pas supprimer"),
}


def _set(folder: Path, lang: str) -> tuple[dict[str, str], Path]:
    case = CASES[lang]
    return case, write(folder, f"{case['name']}.wdg", _SET.format(**case))


@pytest.mark.parametrize("lang", sorted(CASES))
def test_the_wizard_s_call_reads_as_the_question_and_its_buttons(
        lang: str, tmp_path: Path) -> None:
    """In the language of the file's own texts, though the dialog lists another first."""
    case, path = _set(tmp_path, lang)
    code = "".join(b.text for b in code_blocks(path.read_text(encoding="utf-8")))
    assert f'Dialog(StringBuild("{case["question"]}", sFile), ["{case["first"]}", ' \
           f'"{case["second"]}"])' in code
    assert f'{case["result_word"]} "{case["question"]}" + "/" + <§?00000000000000AB§>' in code


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_mock_of_dialog_gets_the_question_and_the_buttons(
        lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case, _ = _set(tmp_path, lang)
    write(tmp_path, "wlproject.toml", "")
    write(tmp_path, "tests/conftest.wl",
          "gsAsked is string\n"
          "PROCEDURE Dialog(sQuestion, tButtons)\n"
          "gsAsked = sQuestion + \"|\" + tButtons[1] + \"|\" + tButtons[2]\n"
          "RESULT 2\n")
    asked = f"{case['question'].replace('%1', 'a.txt')}|{case['first']}|{case['second']}"
    write(tmp_path, "tests/test_dialog.wl",
          f"PROCEDURE test_dialog()\ndbgCheckEqual({case['proc']}(\"a.txt\"), \"2\")\n"
          f"dbgCheckEqual(gsAsked, \"{asked}\")\n")
    code, out = wl_test(capsys, str(tmp_path))
    assert code == 0, out
    assert "1 passed, 0 failed" in out, out


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_dialog_the_file_does_not_hold_stays_as_written_with_a_warning(
        lang: str, tmp_path: Path) -> None:
    case, _ = _set(tmp_path, lang)
    main = write(tmp_path, "main.wl", f"Trace({case['other']}())\n")
    out, err = run_captured(main)
    assert out.splitlines() == [f"{case['question']}/<§?00000000000000AB§>"]
    warnings = [x for x in err.splitlines() if ": warning: " in x]
    assert len(warnings) == 1, err
    assert warnings[0].endswith(
        "warning: <§?00000000000000AB§> is a dialog box described with the Dialog wizard "
        "(its question and buttons are kept under 'resources : dialogs' of the element's "
        "file), not found: the reference's characters stand for its question")
