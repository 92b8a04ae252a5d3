"""The values of family constants VERIFIED in code WINDEV Mobile generates (docs/builtins.md
"Constant values"): each constant is the number that code uses, in English and French, and
the functions still decode them (combined with `+` where options combine)."""
from __future__ import annotations

from pathlib import Path

import pytest

from wlinterp.cli import main

VERIFIED = [
    ("hIdentical", "hIdentique", 524288), ("hQueryDefault", "hRequêteDéfaut", 0),
    ("psdJSON", "psdJSON", 1024), ("httpResult", "httpRésultat", 2),
    ("httpGet", "httpGet", 1), ("httpPost", "httpPost", 2),
    ("errMessage", "errMessage", 1), ("errFullDetails", "errComplet", 19),
    ("trtProcedure", "trtProcédure", 10), ("trtClick", "trtClic", 18),
    ("trtSelection", "trtSélection", 33), ("hMemoBin", "hMémoBin", 23),
    ("IgnoreCase", "SansCasse", 4), ("FromEnd", "DepuisFin", 1),
    ("fExtension", "fExtension", 8), ("frRecursive", "frRécursif", 1),
    ("frNotRecursive", "frNonRécursif", 2), ("fFileName", "fFichier", 4),
    ("firstRank", "rangPremier", -2147483648), ("hOReadWrite", "hOLectureEcriture", 3),
]


def run(tmp_path: Path, source: str, capsys: pytest.CaptureFixture[str]) -> str:
    script = tmp_path / "s.wl"
    script.write_text(source, encoding="utf-8")
    assert main(["run", str(script)]) == 0, capsys.readouterr().err
    return capsys.readouterr().out.strip()


@pytest.mark.parametrize("en, fr, value", VERIFIED)
def test_a_verified_constant_has_the_generated_codes_value(
        en: str, fr: str, value: int, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path, f"Trace({en}, {fr})\n", capsys) == f"{value}, {value}"


# what each corrected value must still do: (why, program, its output)
BEHAVIOUR = [
    ("Serialize and Deserialize take psdJSON and its number",
     'v is Variant\nv.a = 1\ns is string\nSerialize(v, s, psdJSON)\n'
     'w is Variant\nDeserialize(w, s, 1024)\nTrace(w.a, Position(s, "a") > 0)\n', "1, 1"),
    ("httpResult moved to 2, the value httpCookie had: httpCookie is 5 now",
     "Trace(httpResult <> httpCookie, httpHeader <> httpResult, httpCookie <> httpHeader)\n",
     "1, 1, 1"),
    ("hIdentical's bit is apart from the other read options' bits",
     "Trace(BinaryAND(hIdentical + hLockWrite + hGeneric, hIdentical) = hIdentical, "
     "BinaryAND(hIdentical, hGeneric + hLockWrite + hLimitParsing))\n", "1, 0"),
    ("IgnoreCase moved to 4, WholeWord's old value: WholeWord is 2, both still combine",
     'Trace(Position("xABx", "ab", 1, IgnoreCase), Position("abc ab", "ab", 1, WholeWord), '
     'Position("x ABc AB", "ab", 1, SansCasse + MotComplet), Contains("ABC", "b", '
     'ccIgnoreCase))\n', "2, 5, 7, 1"),
    ("ExecuteProcess still runs a procedure with trtProcedure (now 10)",
     'ExecuteProcess("P", trtProcédure)\nPROCEDURE P()\nTrace("in P")\n', "in P"),
    ("hMemoBin and hMemoWav (23, 21) stay apart from hMemoImg and hMemoOLE",
     "Trace(hMemoBin, hMemoWav, hMemoImg <> hMemoBin, hMemoOLE <> hMemoWav)\n",
     "23, 21, 1, 1"),
]


@pytest.mark.parametrize("why, source, expected", BEHAVIOUR)
def test_a_corrected_value_still_decodes(why: str, source: str, expected: str,
                                         tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path, source, capsys) == expected, why
