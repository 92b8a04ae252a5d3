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
    # WINDEV Mobile's Android runtime (docs/builtins.md "Constant values")
    ("foRead", "foLecture", 1), ("foWrite", "foEcriture", 2),
    ("foReadWrite", "foLectureEcriture", 3), ("foCreateIfNotExist", "foCréationSiInexistant", 256),
    ("foCreate", "foCréation", 512), ("foAdd", "foAjout", 2048),
    ("psdBinary", "psdBinaire", 256), ("psdXML", "psdXML", 512),
    ("cryptECB", "crypteECB", 1), ("cryptCBC", "crypteCBC", 2),
    ("cryptPaddingPKCS", "cryptePaddingPKCS", 1), ("cryptPaddingZero", "cryptePaddingZéro", 2),
    ("cryptNone", "crypteAucun", 0), ("asAscending", "ttCroissant", 1),
    # WEBDEV's browser runtime (WDStd.js)
    ("WholeWord", "MotComplet", 2), ("nextRank", "rangSuivant", -2147483647),
    ("previousRank", "rangPrécédent", -2147483646), ("lastRank", "rangDernier", -2147483645),
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
    ("fOpen's modes (256, 512, 2048) still combine: create, write, reopen at the end, and "
     "foCreateIfNotExist keeps an existing file",
     'f is string = fTempPath() + "k9_modes.txt"\nfDelete(f)\n'
     'h is int = fOpen(f, foCreate + foWrite)\nfWriteLine(h, "a")\nfClose(h)\n'
     'h = fOuvre(f, foAjout + foEcriture)\nfWriteLine(h, "b")\nfClose(h)\n'
     'h = fOpen(f, foCreateIfNotExist + foReadWrite)\nl1 is string = fReadLine(h)\n'
     'l2 is string = fReadLine(h)\nfClose(h)\nh = fOpen(f, foRead)\n'
     'Trace(l1, l2, fWriteLine(h, "c") = -1)\nfClose(h)\nfDelete(f)\n', "a, b, 1"),
    ("the encodings (ours) stay apart from the verified mode bits: foCreate + foUnicode "
     "writes the UTF-16 mark",
     'f is string = fTempPath() + "k9_unicode.txt"\n'
     'h is int = fOpen(f, foCreate + foUnicode)\nfWriteLine(h, "é")\nfClose(h)\n'
     'b is Buffer = fLoadBuffer(f)\nTrace(Asc(b[[1]]), Asc(b[[2]]), fLoadText(f))\n'
     'fDelete(f)\n', "255, 254, é"),
    ("psdXML (512) writes XML and psdBinary (256) reads its own form back",
     'v is Variant\nv.a = 7\ns is string\nSerialize(v, s, psdXML)\n'
     'b is string\nSerialize(v, b, psdBinaire)\nw is Variant\nDeserialize(w, b, 256)\n'
     'Trace(Left(s, 1), w.a)\n', "<, 7"),
    ("cryptECB (1) has no initialisation vector, cryptCBC (2) has one; both decrypt",
     'k is Buffer = HashString(HA_MD5, "key")\n'
     'e is Buffer = CryptStandard("0123456789abcdef", k, cryptAES128, cryptECB)\n'
     'c is Buffer = CrypteStandard("0123456789abcdef", k, crypteAES128, crypteCBC)\n'
     'Trace(Length(e), Length(c), DecryptStandard(e, k, cryptAES128, 1), '
     'DécrypteStandard(c, k, crypteAES128, 2))\n',
     "32, 48, 0123456789abcdef, 0123456789abcdef"),
    ("lastRank and previousRank (now WDStd.js's values) still walk from the end",
     's is string = "a;b;c"\nTrace(ExtractString(s, lastRank, ";"), '
     'ExtractString(s, previousRank, ";"), PositionOccurrence("abcabc", "b", lastRank), '
     'PositionOccurrence("abcabc", "b", rangPrécédent))\n', "c, b, 5, 2"),
]


@pytest.mark.parametrize("why, source, expected", BEHAVIOUR)
def test_a_corrected_value_still_decodes(why: str, source: str, expected: str,
                                         tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path, source, capsys) == expected, why
