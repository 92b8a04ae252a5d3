"""A keyword of either language, in any case, written as a name (`fin`, `Et`, `ou`, `pas`,
`eSt`, `Si`, `Pour`): WLanguage reserves its keywords in English and French alike, so
the code is refused (WL100, and `wl run` the same), and the error says that the word is
a keyword, with its spellings (it said "unexpected 'ou'", "'fin' without a block to
close" or "expected a type after 'eSt'"). docs/semantics.md "Keywords as names"."""
from __future__ import annotations

from pathlib import Path

import pytest

from wlinterp.errors import WLSyntaxError
from wl_test_helpers import check_json, run_captured, write


def _said(word: str, spellings: str) -> str:
    return (f"'{word}' is a WLanguage keyword ({spellings}, any case): it cannot be the "
            f"name of a variable, a parameter or a procedure")


@pytest.mark.parametrize("text,line,col,word,spellings", [
    ("fin is int = 4\n", 1, 1, "fin", "END / FIN"),
    ("Et est un entier = 4\n", 1, 1, "Et", "AND / ET"),
    ("ou is int\n", 1, 1, "ou", "OR / OU"),
    ("pas est un entier = 2\n", 1, 1, "pas", "NOT / PAS"),
    ("eSt is int\n", 1, 1, "eSt", "IS / EST"),
    ("x is int\neSt = 3\n", 2, 1, "eSt", "IS / EST"),
    ("x is int = 1\nTrace(x + Fin)\n", 2, 11, "Fin", "END / FIN"),
    ("PROCEDURE P(fin)\nTrace(1)\n", 1, 13, "fin", "END / FIN"),
    ("PROCÉDURE P(a, OU est un entier)\nTrace(a)\n", 1, 16, "OU", "OR / OU"),
    ("Si est un entier\n", 1, 1, "Si", "IF / SI"),
    ("x is int\nFOR fin = 1 TO 3\nEND\n", 2, 5, "fin", "END / FIN"),
])
def test_a_keyword_written_as_a_name_is_said_to_be_one(
        text: str, line: int, col: int, word: str, spellings: str, tmp_path: Path) -> None:
    path = write(tmp_path, "kw.wl", text)
    found = [(d["code"], d["line"], d["column"], d["message"]) for d in check_json(path)]
    assert found == [("WL100", line, col, _said(word, spellings))]
    with pytest.raises(WLSyntaxError) as refused:
        run_captured(path)
    assert _said(word, spellings) in str(refused.value)


@pytest.mark.parametrize("text,message", [
    ("IF 1 = 1 THEN\nTrace(1)\nEND\nEND\n", "'END' without a block to close"),
    ("x is int\nIF x = 1 OR = 2 THEN\nEND\n", "unexpected '='; expected an expression")])
def test_other_syntax_errors_keep_their_words(text: str, message: str, tmp_path: Path) -> None:
    (d,) = check_json(write(tmp_path, "other.wl", text))
    assert d["message"] == message


def test_soft_words_and_names_holding_keywords_stay_names(tmp_path: Path) -> None:
    text = ("a is int = 1\nde is int = 2\nsur is int = 3\nnFin is int = 4\n"
            "sEst is string = \"x\"\nTrace(a + de + sur + nFin, sEst)\n")
    assert check_json(write(tmp_path, "names.wl", text)) == []
