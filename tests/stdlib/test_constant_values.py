"""The values of family constants VERIFIED in code WINDEV Mobile generates (docs/builtins.md
"Constant values"): each constant is the number that code uses, in English and French, and
the functions still decode them (combined with `+` where options combine)."""
from __future__ import annotations

from pathlib import Path

import pytest

from wlinterp.cli import main
from wlinterp.registry import load_every_family

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
    # WINDEV Mobile's Android runtime: TypeVar answers getTypeVar()
    ("wlBoolean", "wlBooléen", 1), ("wlInt_1", "wlEntier_1", 6), ("wlInt_2", "wlEntier_2", 7),
    ("wlInt", "wlEntier", 8), ("wlInt_8", "wlEntier_8", 9), ("wlCurrency", "wlMonétaire", 10),
    ("wlReal", "wlRéel", 12), ("wlNumeric", "wlNumérique", 13), ("wlString", "wlChaîne", 16),
    ("wlDate", "wlDate", 24), ("wlTime", "wlHeure", 25), ("wlDateTime", "wlDateHeure", 26),
    ("wlDuration", "wlDurée", 27), ("wlBuffer", "wlBuffer", 30), ("wlVariant", "wlVariant", 31),
    ("wlArray", "wlTableau", 34), ("wlStructure", "wlStructure", 36),
    ("wlInstance", "wlInstance", 37),
    # the same runtime: ArraySeek's modes, ProjectInfo, sockets, dbgInfo, XMLBuildString
    ("asBinary", "tcDichotomique", 1), ("asLinearFirst", "tcLinéairePremier", 2),
    ("asLinearNext", "tcLinéaireSuivant", 3), ("asLinearPrevious", "tcLinéairePrécédent", 4),
    ("asLinearLast", "tcLinéaireDernier", 5), ("piProjectName", "piNomProjet", 0),
    ("piConfiguration", "piConfiguration", 2), ("SocketAddress", "SocketAdresse", 1),
    ("SocketPort", "SocketPort", 2), ("SocketSizeAtBeginning", "SocketTailleDébut", 1),
    ("SocketEndTag", "SocketMarqueurFin", 2), ("SocketNoEndTag", "SocketSansMarqueurFin", 3),
    ("dbgElement", "dbgElément", 1), ("dbgProcess", "dbgTraitement", 2),
    ("XMLNoHeader", "XMLSansEntête", 2),
    # generated code: `ExeInfo(exeVersion)` is exeInfo("VERSION")
    ("exeVersion", "exeVersion", "VERSION"),
    # the runtime's ErrorInfo: 0 is the error's number
    ("errCode", "errCode", 0),
    # INFERRED from the runtime's defaults: Dépile/Défile wait -1, fDate reads kind 0
    ("Infinite", "Infini", -1),
    ("fModification", "fModification", 0),
    # the runtime's fPositionne (file/C0899q.java) and fSeparateur (api/WDAPIFichier.java)
    ("fpBeginning", "fpDébut", 0), ("fpCurrent", "fpCourant", 1), ("fpEnd", "fpFin", 2),
    ("fSeparatorWindows", "fSéparateurWindows", 1), ("fSeparatorUnix", "fSéparateurUnix", 2),
    # the runtime's SemaineVersDate (api/WDAPIDate_Commun.java) compares with this text
    ("iso8601", "iso8601", "<ISO8601>"),
    # the text its date formatting class (core/utils/hb.java) replaces by the project's mask
    ("maskSystemDate", "maskDateSystème", "UseSystemMask"),
    # the runtime's XMLRecherche (xml/classic/WDXMLManager.java, C1530b.java)
    ("XMLTag", "XMLBalise", 1), ("XMLAttribute", "XMLAttribut", 2), ("XMLValue", "XMLValeur", 4),
    ("XMLSubElement", "XMLSousElément", 16), ("XMLCurrentLevel", "XMLNiveauCourant", 32),
    ("XMLContinue", "XMLContinue", 64), ("XMLExact", "XMLExact", 1),
    ("XMLStartWith", "XMLCommencePar", 2), ("XMLContains", "XMLContient", 4),
    ("XMLIgnoreCase", "XMLIgnoreLaCasse", 16),
    # its XMLInsèreElément inserts before the position for 1, after it otherwise (2 the default)
    ("XMLBefore", "XMLAvant", 1), ("XMLAfter", "XMLAprès", 2),
    # its XMLConstruitChaîne (classic/C1530b.java) and the encodings core/utils/ec.java names
    ("XMLCurrentPosition", "XMLPositionCourante", 1), ("XMLNoHeader", "XMLSansEntête", 2),
    ("XMLEncodingNone", "XMLEncodageAucun", 1), ("XMLEncodingUTF8", "XMLEncodageUTF8", 2),
    ("XMLEncodingUTF16", "XMLEncodageUTF16", 3),
    ("XMLEncodingISO8859_1", "XMLEncodageIso8859_1", 6),
    ("XMLEncodingISO8859_9", "XMLEncodageIso8859_9", 14),
    # its Dépile/Défile wait for an element when their option is 1 (api/WDAPICollection.java)
    ("WaitIfEmpty", "AttendSiVide", 1),
    # its H* functions without their option pass the default the help names
    # (api/WDAPIHF.java: hAjoute(f) is hAjoute(f, null, 128), hBloqueFichier(f) passes 16...)
    ("hDefault", "hDéfaut", 128), ("hLockWrite", "hBlocageEcriture", 16),
    ("hExpNormal", "hExpNormal", 2), ("hImpNormal", "hImpNormal", 1024),
    ("hLstNormal", "hLstNormal", 256), ("hPrecisionMedium", "hPrécisionMoyenne", 1041),
    ("hmsNormal", "hmsNormal", 0), ("hCurrentRecNum", "hNumEnrEnCours", 0),
    # the French name before SocketTailleDébut (real code's), still understood
    ("SocketSizeAtBeginning", "SocketTailleAuDébut", 1),
]

# PC SOFT's C header HFConstant.h (docs/builtins.md "Constant values"): English name and
# value; the French name is the one the same declaration gives
HEADER = [
    ("hLockNo", 0x8), ("hLockWrite", 0x10), ("hLockReadWrite", 0x20), ("hSetIdAuto", 0x100),
    ("hForceIdAuto", 0x400), ("hGeneric", 0x1000), ("hNoRefresh", 0x2000),
    ("hKeepFilter", 0x4000), ("hIdentical", 0x80000), ("hLimitParsing", 0x200000),
    ("hQueryWithoutCorrection", 0x4), ("hQueryWithoutCorrectionHF", 0x10),
    ("hModifyFile", 0x2000), ("hStateActive", 1), ("hStateCrossed", 2), ("hStateDel", 4),
    ("hStateAll", 8), ("hStateInvalid", 0x40), ("hRPHF5", 1), ("hRPKeep", 2),
    ("hRPDefault", 4), ("hRPFilter", 8), ("hImpNormal", 0x400),
    ("hImpIgnoreFirstLine", 0x8000), ("hModeMono", 1030), ("hModeMulti", 1031),
    ("hMemoNo", 1000), ("hMemoYes", 1001), ("hPrecisionLow", 1040),
    ("hPrecisionMedium", 1041), ("hPrecisionHigh", 1042), ("hErrMessage", 1070),
    ("hErrFile", 1071), ("hErrItem", 1072), ("hErrDatabaseMessage", 1086), ("hErrLock", 1),
    ("hErrModify", 2), ("hErrDuplicates", 4), ("hErrIntegrity", 8), ("hErrPassword", 16),
    ("hErrAll", 32), ("hMemoImg", 20), ("hMemoWav", 21), ("hMemoOLE", 22), ("hMemoBin", 23),
    ("hLstItem", 2), ("hLstKey", 4), ("hLstCompositeKey", 8), ("hLstMemo", 16), ("hLstAll", 32),
    ("hLstSorted", 64), ("hLstDetail", 128), ("hLstNormal", 256), ("hTriggerBefore", 1),
    ("hTriggerAfter", 2), ("hCardinality", 1), ("hOnUpdate", 2), ("hOnDelete", 4),
    ("sqlStart", 1), ("sqlCommit", 2), ("sqlRollBack", 3), ("hServerCursor", 1),
    ("hClientCursor", 2), ("hDynamicCursor", 4), ("hOpenKeysetCursor", 8),
    ("hStaticCursor", 16), ("hReadOnlyCursor", 32), ("hPessimisticCursor", 64),
    ("hOptimisticCursor", 128), ("hForwardOnlyCursor", 256), ("hORead", 1),
    ("hNotAKey", 2060), ("hUniqueKey", 2061), ("hDuplicatesKey", 2062), ("hCurrentRecNum", 0),
    # (HMINVAL "\x00" and HMAXVAL "\xFF": golden hfsql_items/key_type_values.wl)
    ("hOReadWrite", 3), ("hNativeAccessPostgreSQL", "WinDevPostgreSQL"),
    ("hNativeAccessSQLite", "WinDevSQLite"), ("hAccessHFClientServer", "WinDevClientServeurHF"),
    ("hAccessHF7", "WinDevHF7"), ("hNativeAccessSQLServer", "WinDevSQLServer"),
    ("hNativeAccessMySQL", "WinDevMySQL"), ("hNativeAccessOracle", "WinDevOracle"),
    # declared on 5 Dec 2026 (03:20-06:20): HPARSEMODEDEFAULT, HDISTINCT, eHQUERYMODE's and
    # eHIMPORTMODE's other options (tests/hfsql/cases/header_options_en.wl shows them act)
    ("hDefault", 0x80), ("hDistinct", 0x800), ("hQueryBreakable", 0x2), ("hNoBind", 0x20),
    ("hWithTransaction", 0x200000), ("hImpCreation", 0x1), ("hImpTestDuplicates", 0x4),
    ("hImpNoDelimiter", 0x10), ("hImpIgnoreInvalidLine", 0x40), ("hImpBreakable", 0x2000),
    ("hErrFullDetails", 1089), ("hExpCreation", 0x1), ("hExpNormal", 0x2),
    ("hExpBreakable", 0x4), ("hExpWithoutXSL", 0x8), ("hCheckDuplicates", 0x20000),
    ("hCheckIntegrity", 0x40000),
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


@pytest.mark.parametrize("en, value", HEADER)
def test_an_hfsql_constant_has_the_c_headers_value(en: str, value: object, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    kind, entry = load_every_family().lookup(en) or ("", None)
    assert kind == "constant", en
    assert run(tmp_path, f"Trace({en}, {entry.fr})\n", capsys) == f"{value}, {value}"


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
    ("TypeVar answers the runtime's values, and the constants compare with them",
     'd is Date = "20240115"\nt is array of 2 int\nn is numeric = 1\nb is Buffer\n'
     'Trace(TypeVar(d), TypeVar(t) = wlTableau, TypeVar(n) = wlNumérique, '
     'TypeVar(b) = wlBuffer, TypeVar(Now()) = wlHeure)\n', "24, 1, 1, 1, 1"),
    ("ArraySeek's modes 3, 4, 5 walk from their start index, itself included",
     't is array of int = [1, 2, 1, 3, 1]\nTrace(ArraySeek(t, asLinearFirst, 1), '
     'ArraySeek(t, asLinearNext, 1, 2), ArraySeek(t, tcLinéaireDernier, 1), '
     'ArraySeek(t, asLinearPrevious, 1, 4))\n', "1, 3, 5, 3"),
    ("asLinear (2, INFERRED) is asLinearFirst's search; asBinary is 1",
     't is array of int = [4, 8, 8, 9]\nTrace(asLinear = asLinearFirst, '
     'ArraySeek(t, tcLinéaire, 8), ArraySeek(t, 1, 9), ArraySeek(t, asBinary, 8))\n',
     "1, 2, 4, 2"),
    ("ProjectInfo() is ProjectInfo(piProjectName); piConfiguration gives \"\"",
     'Trace(ProjectInfo() = ProjectInfo(piNomProjet), ProjectInfo(piConfiguration) = "")\n',
     "1, 1"),
    ("a provider is the text WINDEV gives it, read in any case",
     'c is Connection\nc.Provider = hAccèsNatifSQLite\nTrace(c.Provider)\n'
     'Trace(HOpenConnection("Low", "", "", ":memory:", "", "windevsqlite"))\n',
     "WinDevSQLite\n1"),
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


# the option sets a function combines with `+` (HFConstant.h's flag enumerations): each
# option is one bit of its own, so any sum still tells every option given apart
COMBINED = [
    ("HFSQL reads and writes (eHPARSEMODE)",
     ["hLockNo", "hLockWrite", "hLockReadWrite", "hDefault", "hSetIdAuto", "hForceIdAuto",
      "hDistinct", "hGeneric", "hNoRefresh", "hKeepFilter", "hCheckDuplicates",
      "hCheckIntegrity", "hIdentical", "hLimitParsing"]),
    ("queries (eHQUERYMODE)",
     ["hQueryBreakable", "hQueryWithoutCorrection", "hQueryWithoutCorrectionHF", "hNoBind",
      "hModifyFile", "hWithTransaction"]),
    ("HImportText (eHIMPORTMODE)",
     ["hImpCreation", "hImpTestDuplicates", "hImpNoDelimiter", "hImpIgnoreInvalidLine",
      "hImpNormal", "hImpBreakable", "hImpIgnoreFirstLine"]),
    ("HExportXML (eHEXPORTMODE)", ["hExpCreation", "hExpNormal", "hExpBreakable",
                                   "hExpWithoutXSL"]),
    ("HListItem... (eHLSTMODE)", ["hLstItem", "hLstKey", "hLstCompositeKey", "hLstMemo",
                                  "hLstAll", "hLstSorted", "hLstDetail", "hLstNormal"]),
]


@pytest.mark.parametrize("what, names", COMBINED, ids=[c[0] for c in COMBINED])
def test_combined_options_are_bits_of_their_own(what: str, names: list[str]) -> None:
    registry = load_every_family()
    values = []
    for name in names:
        kind, entry = registry.lookup(name) or ("", None)
        assert kind == "constant" and entry is not None, name
        values.append(entry.value)
    assert all(v > 0 and v & (v - 1) == 0 for v in values), (what, values)
    assert len(set(values)) == len(values), (what, values)
