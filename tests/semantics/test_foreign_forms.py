"""What other languages write where WLanguage writes something else (code ported from
C, C#, Java, JavaScript, Visual Basic, and WLanguage written from memory, as found on the
web) is a syntax error that says WLanguage's way, in English and French code alike; it
said "unexpected 'x'" or "unexpected '('" (syntax/foreign_forms.py)."""
from __future__ import annotations

import pytest

from wlinterp.errors import WLSyntaxError
from wlinterp.syntax.parser import parse


def message_of(code: str) -> tuple[int, int, str]:
    with pytest.raises(WLSyntaxError) as caught:
        parse(code, "p.wl")
    err = caught.value
    return err.line, err.column, str(err.message)


CASES = [
    ("n is int = 1\nIF n == 1 THEN Trace(n)\n", (2, 7), "'==' is no WLanguage operator"),
    ("n est un entier = 1\nSI n == 1 ALORS Trace(n)\n", (2, 7),
     "'==' is no WLanguage operator"),
    ("var nTotal = 0\n", (1, 5), "declare nTotal is <type> (= value), or by its value: "
     "let nTotal = ... (soit nTotal = ...)"),
    ("n is int = 1\nIF n = 2 THEN\nTrace(2)\nELSEIF n = 1 THEN\nTrace(1)\nEND\n", (4, 8),
     "'ELSEIF' is written in two words in WLanguage: ELSE IF ... THEN (SINON SI ... "
     "ALORS)"),
    ("n est un entier = 1\nSI n = 2 ALORS\nTrace(2)\nSinonSi n = 1 ALORS\nTrace(1)\nFIN\n",
     (4, 9), "'SinonSi' is written in two words"),
    ("n is int = 1\nWHILE (n < 3) {\nn++\n}\n", (2, 15), "WLanguage has no { } blocks"),
    ("n est un entier = 1\nTANTQUE (n < 3) {\nn++\n}\n", (2, 17),
     "WLanguage has no { } blocks"),
    # `IF (x = 1) {`: the brace was read as an indirection's opening (it said "unexpected
    # end of line; expected an expression"), said at the brace
    ("n is int = 1\nIF (n = 1) {\nTrace(n)\n}\n", (2, 12), "WLanguage has no { } blocks"),
    ("n est un entier = 1\nSI (n = 1) {\nTrace(n)\n}\n", (2, 12),
     "END (FIN) closes it"),
    ("n is int = 1\nif n = 1 then {\nTrace(n)\n}\n", (2, 15), "WLanguage has no { } blocks"),
    ("n est un entier = 1\nselon (n) {\ncas 1: Trace(n)\n}\n", (2, 11), "WLanguage has no"),
    ("PROCEDURE Add(a, b) {\nRESULT a + b\n", (1, 21), "a procedure's statements follow "
     "its header line, up to the next PROCEDURE (no END)"),
    ("try {\nTrace(1)\n}\n", (1, 5), "try { } catch is written WHEN EXCEPTION IN ... DO ... "
     "END (QUAND EXCEPTION DANS ... FAIRE ... FIN)"),
    ("n is int = 1\nIF n = 1 THEN\nTrace(1)\n} ELSE {\nTrace(2)\n}\n", (4, 1),
     "WLanguage has no { } blocks: END (FIN) closes a block"),
    ("n is int = 1\nn := 2\n", (2, 3), "':=' is no WLanguage operator: an assignment is "
     "written = (x = 2)"),
    ("n is int = 1\nIF !(n = 1) THEN Trace(n)\n", (2, 4), "'!' is no WLanguage operator: a "
     "condition is negated with NOT (PAS)"),
    ("Dim nTotal As Integer\n", (1, 5), "'Dim' is no WLanguage word: declare nTotal is "
     "<type>"),
    ("n is int = 1\nIF n = 1 THEN\nTrace(n)\nEnd If\n", (4, 5), "'End If' is Visual "
     "Basic's: END (FIN) alone closes any block in WLanguage"),
    ("n est un entier = 1\nTANTQUE n < 3\nn++\nFIN TANTQUE\n", (4, 5), "'FIN TANTQUE' is "
     "Visual Basic's"),
    ("FOR i = 1 TO 2\nTrace(i)\nNext i\n", (3, 6), "'Next' is Visual Basic's: END (FIN) "
     "closes a FOR block in WLanguage"),
    ("FOR (i = 0; i < 3; i++)\nTrace(i)\nEND\n", (1, 5), "C's for (start; test; step) is "
     "written FOR i = 1 TO n [STEP k] ... END (POUR i = 1 À n ... FIN)"),
    ("POUR (i = 0; i < 3; i++)\nTrace(i)\nFIN\n", (1, 6), "C's for (start; test; step)"),
    # a line ending with an operator, the expression carried on the next line (a PDF's
    # wrapped line, C's habit), said at the operator: it said "unexpected end of line;
    # expected an expression" past the line's end
    ('s is string = "a" +\n"b"\n', (1, 19), "the line ends with '+': a WLanguage "
     "statement ends with its line; to carry it over to the next line, end this one "
     "with ... (+ ...)"),
    ("b est un booléen = Vrai _ET_\nFaux\n", (1, 25), "the line ends with '_ET_'"),
    ("n is int = 1\nIF n = 1 OR\nn = 2 THEN Trace(n)\n", (2, 10),
     "the line ends with 'OR'"),
    # a class declared keyword first (C++, C#, Java; web pages' WINDEV code): it said
    # "unexpected 'cGateway'"
    ("CLASS cGateway\nPRIVATE\n\tsURL is string\nEND\n", (1, 7), "'CLASS cGateway' is "
     "no WLanguage declaration (the name comes first): write cGateway is Class, its "
     "members, then END; its methods follow that END, each PROCEDURE cGateway::Name()"),
    ("CLASSE CConfig\n\tsChemin est une chaîne\nFIN CLASSE\n", (1, 8), "write CConfig est "
     "une Classe, its members, then FIN; its methods follow that FIN"),
    ("INTERFACE IAuth\nPROCEDURE Header()\nEND\n", (1, 11), "write IAuth is Interface, "
     "its PROCEDURE lines, then END"),
]


@pytest.mark.parametrize("code, place, words", CASES)
def test_another_languages_form_says_wlanguages_way(code: str, place: tuple[int, int],
                                                    words: str) -> None:
    line, col, message = message_of(code)
    assert (line, col) == place and words in message, message


@pytest.mark.parametrize("code", ["n is int = 1\nIF n = 1 THEN Trace(n)\n",
                                  "soit nTotal = 0\nTrace(nTotal)\n",
                                  "n is int = 1\nIF n = 2 THEN\nTrace(2)\nELSE IF n = 1 "
                                  "THEN\nTrace(1)\nEND\n",
                                  "FOR i = 0 TO 2\nTrace(i)\nEND\n",
                                  "n is int = 1\nSWITCH n\nCASE 1: Trace(n)\nEND\n",
                                  "n is int = 1\nIF n = 1 THEN\nTrace(n)\nEND ; n = 2\n",
                                  "n is int = 1\nIF n <> 2 AND NOT n = 3 THEN Trace(n)\n",
                                  's is string = "a" + ...\n"b"\n'])
def test_wlanguages_own_forms_still_parse(code: str) -> None:
    parse(code, "p.wl")
