"""A reference to a text of the element's resources written inside a string literal, in
sets written for this test in the IDE's text format, English and French: `RESULT
"<§$0000§>" + " (" + n + ")"` is read with the text inside the string (docs/semantics.md,
"String resources"). The reference used to become a quoted literal inside the quotes
(`""Unpaid invoices""`): the procedure did not parse, the whole file did not load, and
the script calling it stopped with 'unknown procedure'."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from wl_test_helpers import check_json, run_captured, write
from wlinterp import run_file
from wlinterp.engine import run_source
from wlinterp.errors import WLRuntimeError
from wlinterp.syntax.dialog_resources import DialogText, with_dialogs
from wlinterp.syntax.string_resources import with_resources

_SET = """\
info :
 name : {name}
 type : 7
procedure_set :
 procedures :
  -
    name : {proc}
    type_code : 15
    code : |1+
     {header}
     // the IDE's marker of a translated text, inside quotes
     {result} "<§$0000§>" + " (" + n + ") " + "<§$0001§>/<§$0009§>"
    type : 458752
resources :
 string_res :
  identifier : 0x1
  strings :
   -
     text :
      {lang} : {first}
     index : 0
   -
     text :
      {lang} : {second}
     index : 1
"""

SETS = {
    "en": ("SET_Labels", "Label", "PROCEDURE Label(n is int)", "RESULT", "en-GB",
           "Unpaid invoices", 'Say "hello"', "Trace(Label(3))\n",
           'Unpaid invoices (3) Say "hello"/<§$0009§>'),
    "fr": ("COL_Libellés", "Libellé", "PROCÉDURE Libellé(n est un entier)", "RENVOYER",
           "fr-FR", "Factures impayées", 'Dire "bonjour"', "Trace(Libellé(3))\n",
           'Factures impayées (3) Dire "bonjour"/<§$0009§>'),
}


@pytest.mark.parametrize("lang", sorted(SETS))
def test_a_reference_inside_quotes_reads_its_text(lang: str, tmp_path: Path) -> None:
    name, proc, header, result, code, first, second, script, expected = SETS[lang]
    write(tmp_path, f"{name}.wdg", _SET.format(name=name, proc=proc, header=header,
                                               result=result, lang=code, first=first,
                                               second=second))
    main = write(tmp_path, "main.wl", script)
    assert check_json(tmp_path) == []
    out, err = run_captured(main)
    assert err == ""
    assert out.splitlines() == [expected]


def test_the_text_goes_inside_the_string() -> None:
    """A quote in the text is doubled in a `"..."` string; a text over lines, or one
    holding a typographic string's closing mark, closes the string around its own
    literal; a reference standing alone and one the table lacks keep their usual
    reading."""
    table = {0: 'Say "hi"', 1: "line 1\r\nline 2", 2: "a ” b"}
    assert with_resources('x = "[<§$0§>]"', table) == 'x = "[Say ""hi""]"'
    assert with_resources('x = "<§$1§>!"', table) \
        == 'x = "" + ("line 1" + CR + "line 2") + "!"'
    assert with_resources("x = “<§$0§>” + “<§$2§>”", table) \
        == "x = “Say \"hi\"” + “” + \"a ” b\" + “”"
    assert with_resources("x = `<§$0§>`", table) == "x = `Say \"hi\"`"
    assert with_resources('x = <§$0§> + "<§$5§>"', table) == 'x = "Say ""hi""" + "<§$5§>"'
    assert with_resources('x = "a""<§$0§>"', table) == 'x = "a""Say ""hi"""'


def test_a_dialog_inside_quotes_is_its_question() -> None:
    dialogs = {0xAB: DialogText("Delete it?", ["Yes", "No"])}
    assert with_dialogs('Trace("Q: <§?00000000000000AB§>")\n', dialogs) \
        == 'Trace("Q: Delete it?")\n'


_TEXT_SET = _SET.replace(
    '''     {result} "<§$0000§>" + " (" + n + ") " + "<§$0001§>/<§$0009§>"\n''',
    '''     {text} = [\n      Title: "<§$0001§>"\n      <§$0000§> (<§$0001§>)\n     ]\n'''
    '''     {text} += CR + "\n      Quoted: ""<§$0001§>""\n      <§$0001§>\n     "\n'''
    '''     {result} {text}\n''')

TEXT_SETS = {
    "en": ("SET_Notice", "Notice", "PROCEDURE Notice()", "RESULT", "en-GB", "sText is string",
           "Unpaid invoices", 'Say "hello"', "Trace(Notice())\n"),
    "fr": ("COL_Avis", "Avis", "PROCÉDURE Avis()", "RENVOYER", "fr-FR", "sTexte est une chaîne",
           "Factures impayées", 'Dire "bonjour"', "Trace(Avis())\n"),
}


@pytest.mark.parametrize("lang", sorted(TEXT_SETS))
def test_a_reference_inside_a_multiline_text_is_its_characters(lang: str,
                                                               tmp_path: Path) -> None:
    """Inside a multi-line `[ ]` text (whose characters are taken as they are) or `"`
    text (where `""` is a quote), a reference between the text's quotes or standing alone
    is its text's characters: the quote in it came out doubled (two quotes each side of
    hello), and a reference standing alone came out between quotes."""
    name, proc, header, result, code, declared, first, second, script = TEXT_SETS[lang]
    text = declared.split()[0]
    write(tmp_path, f"{name}.wdg", _TEXT_SET.format(
        name=name, proc=proc, header=header + "\n     " + declared, result=result,
        lang=code, first=first, second=second, text=text))
    main = write(tmp_path, "main.wl", script)
    assert check_json(tmp_path) == []
    out, err = run_captured(main)
    assert err == ""
    assert out.splitlines() == [f'Title: "{second}"', f"{first} ({second})",
                                f'Quoted: "{second}"', second]


def test_an_array_of_references_stays_an_array() -> None:
    """A `[` whose first line may be an array item (a reference, a literal) is left to
    the lexer, which reads the items."""
    table = {0: 'Say "hi"', 1: "Bye"}
    code = "t is array of strings = [\n<§$0§>,\n<§$1§>\n]\n"
    assert with_resources(code, table) == 't is array of strings = [\n"Say ""hi""",\n"Bye"\n]\n'
    assert with_resources('s = [\nTo: <§$0§>\n]\n', table) == 's = [\nTo: Say "hi"\n]\n'
    # a line closing a string with `= "` opens no text: the reference below is in code
    assert with_resources('q = "a = "\nx = "<§$0§>"\n"b"\n', table) \
        == 'q = "a = "\nx = "Say ""hi"""\n"b"\n'


_LINES_SET = """\
info :
 name : {name}
 type : 7
procedure_set :
 procedures :
  -
    name : {proc}
    type_code : 15
    code : |1+
     {header}
     {declared} = [
      Title: "<§$0001§>"
      <§$0000§>
     ]
     {text} += CR + "
      Quoted: ""<§$0000§>""
     "
     Trace({text})
     {result} 10 / {zero}
    type : 458752
resources :
 string_res :
  identifier : 0x1
  strings :
   -
     text :
      {lang} : |1+
       {first}
       {second}
     index : 0
   -
     text :
      {lang} : Say "hi"
     index : 1
"""

LINES_SETS = {
    "en": dict(name="SET_Notice", proc="Notice", header="PROCEDURE Notice(n is int)",
               declared="sText is string", text="sText", result="RESULT", zero="n",
               lang="en-GB", first="Line one", second="Line two", call="Trace(Notice(0))\n"),
    "fr": dict(name="COL_Avis", proc="Avis", header="PROCÉDURE Avis(n est un entier)",
               declared="sTexte est une chaîne", text="sTexte", result="RENVOYER", zero="n",
               lang="fr-FR", first="Ligne une", second="Ligne deux", call="Trace(Avis(0))\n"),
}


@pytest.mark.parametrize("lang", sorted(LINES_SETS))
def test_a_text_over_lines_inside_a_multiline_text_keeps_the_lines_below(
        lang: str, tmp_path: Path) -> None:
    """A translated text over two lines inside a multi-line `[ ]` or `"` text is its lines
    (it showed `("Line one" + CR + "Line two")`, the literal form, which splicing its
    lines in would have avoided only by moving every line below); an error below it is
    reported at its own line of the file, 19, as `wl check` reads it."""
    given = LINES_SETS[lang]
    name = str(given["name"])
    write(tmp_path, f"{name}.wdg", _LINES_SET.format(**given))
    main = write(tmp_path, "main.wl", str(given["call"]))
    assert check_json(tmp_path) == []
    out = io.StringIO()
    with pytest.raises(WLRuntimeError) as caught:
        run_file(str(main), stdout=out, stderr=io.StringIO())
    first, second = given["first"], given["second"]
    assert out.getvalue().splitlines() == ['Title: "Say "hi""', first, second,
                                           f'Quoted: "{first}', f'{second}"']
    error = caught.value
    assert (Path(error.filename).name, error.line) == (f"{name}.wdg", 19)
    written = (tmp_path / f"{name}.wdg").read_text(encoding="utf-8").splitlines()
    assert written[error.line - 1][error.column - 1:] == "/ n"


def test_the_spliced_text_reads_as_its_lines() -> None:
    """`with_resources` writes each line break of the text as one character that the
    lexer reads back as CR+LF: the code keeps its line count, the STRING its lines."""
    from wlinterp.syntax.multiline_strings import SPLICED_LINE_BREAK
    table = {0: 'one\r\ntwo "2"', 1: "x"}
    code = 's = [\nA: <§$0§>\nB <§$1§>\n]\nt = "\n<§$0§>\n"\n'
    spliced = with_resources(code, table)
    assert spliced.count("\n") == code.count("\n")
    assert spliced == (f's = [\nA: one{SPLICED_LINE_BREAK}two "2"\nB x\n]\n'
                       f't = "\none{SPLICED_LINE_BREAK}two ""2""\n"\n')
    out = io.StringIO()
    run_source(spliced + "Trace(s)\nTrace(t)\nTrace(Length(s))\n", "t.wl", stdout=out,
               stderr=io.StringIO())
    assert out.getvalue().splitlines() == ["A: one", 'two "2"', "B x", "one", 'two "2"',
                                           str(len('A: one\r\ntwo "2"\r\nB x'))]
