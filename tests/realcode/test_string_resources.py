"""An element's string resources (sources written for this test in the IDE's text
format, English and French): the code refers to a text by `<§$` and its index in
hexadecimal (`RESULT <§$0000§>+CR+...` in PC SOFT's own .NET example's currency class),
the file ends with the texts under `resources : string_res : strings :`. The reference is
read as its text, in the first language the file gives (docs/semantics.md, "String
resources"); it used to stay the characters `<§$0000§>`."""
from __future__ import annotations

from pathlib import Path

import pytest

from wl_test_helpers import check_json, run_captured, write
from wlinterp.syntax.string_resources import string_resources, with_resources
from wlinterp.syntax.winfile import code_blocks

_RESOURCES = """\
resources :
 string_res :
  identifier : 0x1
  strings :
   -
     text :
      {first} : {a}
      {second} : {b}
     index : 0
   -
     text :
      {first} : {c}
     index : 11
"""

SETS = {
    "en": ("SET_Labels", """\
info :
 name : SET_Labels
 type : 7
procedure_set :
 procedures :
  -
    name : Labels
    type_code : 15
    code : |1+
     PROCEDURE Labels()
     // two texts of the set's resources, one of them quoted
     RESULT <§$0000§> + " / " +...
     	<§$000b§> + " / " + <§$000c§>
    type : 458752
""" + _RESOURCES.format(first="en-GB", second="fr-FR", a="Unpaid invoices",
                        b="Factures impayées", c='Say "hello"'),
        "Trace(Labels())\n",
        'Unpaid invoices / Say "hello" / <§$000c§>'),
    "fr": ("COL_Libellés", """\
info :
 name : COL_Libellés
 type : 7
procedure_set :
 procedures :
  -
    name : Libellés
    type_code : 15
    code : |1+
     PROCÉDURE Libellés()
     // deux textes des ressources de la collection, dont un entre guillemets
     RENVOYER <§$0000§> + " / " +...
     	<§$000b§> + " / " + <§$000c§>
    type : 458752
""" + _RESOURCES.format(first="fr-FR", second="en-GB", a="Factures impayées",
                        b="Unpaid invoices", c='Dire "bonjour"'),
        "Trace(Libellés())\n",
        'Factures impayées / Dire "bonjour" / <§$000c§>'),
}


def _reads_as(case: tuple[str, str, str, str], tmp_path: Path) -> None:
    """A text-format set named and written as `case` says, and a script using it: check
    is clean, and the run prints the expected text alone."""
    name, text, script, expected = case
    write(tmp_path, f"{name}.wdg", text)
    main = write(tmp_path, "main.wl", script)
    assert check_json(tmp_path) == []
    out, err = run_captured(main)
    assert err == ""
    assert out.splitlines() == [expected]


@pytest.mark.parametrize("lang", sorted(SETS))
def test_a_reference_reads_its_text(lang: str, tmp_path: Path) -> None:
    _reads_as(SETS[lang], tmp_path)


def test_the_table_and_the_literals() -> None:
    """The first language of each text, its index; a text holding a quote doubles it,
    one over lines (a `|1+` block) is joined with CR; an index the file lacks and the
    project's `<§@...§>` references stay as written."""
    text = SETS["en"][1] + """\
   -
     text :
      en-GB : |1+
       first line
       second line
     index : 2
"""
    table = string_resources(text)
    assert table == {0: "Unpaid invoices", 11: 'Say "hello"', 2: "first line\r\nsecond line"}
    assert with_resources('x = <§$000b§>', table) == 'x = "Say ""hello"""'
    assert with_resources('x = <§$2§>', table) == 'x = ("first line" + CR + "second line")'
    assert with_resources('x = <§$0003§> + <§@0001§>', table) == 'x = <§$0003§> + <§@0001§>'
    assert "Unpaid invoices" in code_blocks(text)[0].text
    assert string_resources("info :\n name : X\n") == {}


INLINE = {
    "en": ("SET_Dates", """\
info :
 name : SET_Dates
 type : 7
procedure_set :
 procedures :
  -
    name : Shown
    type_code : 15
    code : |1+
     PROCEDURE Shown(d is Date)
     // a mask translated in place, as PC SOFT's ExtensionProcedures example writes one
     RESULT d.ToString(<§R1364e9ba00cc9b61¤en-GB¤MM/DD/YYYY¤fr-FR¤JJ/MM/AAAA§>) + ...
     	" " + "<§R1364e9ba00cc9b62¤en-GB¤due§>"
    type : 458752
""", "Trace(Shown(\"20261206\"))\n", "12/06/2026 due"),
    "fr": ("COL_Dates", """\
info :
 name : COL_Dates
 type : 7
procedure_set :
 procedures :
  -
    name : Affichée
    type_code : 15
    code : |1+
     PROCÉDURE Affichée(d est une Date)
     // un masque traduit sur place
     RENVOYER d.VersChaîne(<§R1364e9ba00cc9b61¤fr-FR¤JJ/MM/AAAA¤en-GB¤MM/DD/YYYY§>) + ...
     	" " + "<§R1364e9ba00cc9b62¤fr-FR¤échue§>"
    type : 458752
""", "Trace(Affichée(\"20261206\"))\n", "06/12/2026 échue"),
}


@pytest.mark.parametrize("lang", sorted(INLINE))
def test_a_text_translated_in_place_is_its_first_language(lang: str, tmp_path: Path) -> None:
    """`<§R` identifier `¤en-GB¤` text ... `§>` holds its texts in the code (PC SOFT's
    ExtensionProcedures: `dt.ToString(<§R1364e9ba00cc9b61¤en-GB¤MM-DD-AA HH:mm AP§>)`):
    it is the first language's text, in a file without a table too; it stayed the
    characters, so the mask was the reference's text."""
    _reads_as(INLINE[lang], tmp_path)
