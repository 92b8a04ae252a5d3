"""`wl test`: collection, expectations, fresh state per case, reports and exit codes."""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from wlinterp.testing.command import main
from wl_test_helpers import write, wl_test

PASSING_EN = """gTotal is int = 100
Trace("fixture")  // expect: fixture

PROCEDURE test_add()
gTotal += 5
dbgCheckEqual(gTotal, 105)
Trace(gTotal) // expect: 105

PROCEDURE test_fresh_state()
dbgCheckEqual(gTotal, 100, "a case sees the fixture's state, not the previous case's")

PROCEDURE test_error_expected()
x is int
Trace(10 / x) // expect error: Division by zero

PROCEDURE helper()
RESULT 1
"""

PASSING_FR = """PROCÉDURE test_vrai()
dbgVérifieVrai(1 < 2)
dbgVérifieFaux(2 < 1)
dbgVérifieNonNull("x")
SI EnModeTest() ALORS
    Trace("mode test") // expect: mode test
FIN
"""

FAILING = """PROCEDURE test_checks()
dbgCheckEqual(2 + 2, 5, "sum of %1", "two and two")
dbgCheckTrue(False)
Trace("still runs")

PROCEDURE test_output()
Trace("a")
Trace("b") // expect: a
"""




def test_passing_files_in_both_languages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "test_en.wl", PASSING_EN)
    write(tmp_path, "sub/test_fr.wl", PASSING_FR)
    write(tmp_path, "not_a_test.wl", "Trace(1/0)\n")
    code, out = wl_test(capsys, str(tmp_path))
    assert code == 0, out
    assert out.splitlines()[-1].startswith("4 passed, 0 failed")


def test_failures_report_file_line_check_expected_and_got(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "test_bad.wl", FAILING)
    code, out = wl_test(capsys, str(path))
    assert code == 1
    assert f"{path}:2: dbgCheckEqual\n    expected: 5\n    got:      4\n" \
           f"    comment:  sum of two and two" in out
    assert f"{path}:3: dbgCheckTrue" in out
    assert f"{path}:8: expect (stdout)" in out
    assert out.splitlines()[-1].startswith("0 passed, 2 failed")


FAILING_FR = """PROCEDURE test_ttc()
dbgVérifieEgalité(Arrondi(100 * 1.055, 2), 106, "TVA réduite")
POUR i = 1 A 2
	dbgassertion(i < 2, "i vaut " + i)
FIN
dbgVerifieVrai(Faux)
"""


def test_a_failed_check_is_named_as_the_file_calls_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A French test file's failures named the checks in English (`dbgCheckEqual`, a
    name the file never wrote); now as its lines call them, accents and case kept."""
    path = write(tmp_path, "test_facture.wl", FAILING_FR)
    code, out = wl_test(capsys, str(path))
    assert code == 1
    assert f"{path}:2: dbgVérifieEgalité\n    expected: 106\n    got:      105.5\n" \
           f"    comment:  TVA réduite" in out
    assert f"{path}:4: dbgassertion\n    expected: True\n    got:      False\n" \
           f"    comment:  i vaut 2" in out
    assert f"{path}:6: dbgVerifieVrai\n" in out and "dbgCheck" not in out


def test_expect_error_without_error_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "test_e.wl", 'Trace("fine") // expect error: Division by zero\n')
    code, out = wl_test(capsys, str(tmp_path))
    assert code == 1 and "expected: an error containing 'Division by zero'" in out
    assert "got:      no error" in out


EACH_ITS_OWN = """PROCEDURE test_div()
x is int
Trace(1 / x) // expect error: Division by zero

PROCEDURE test_thrown()
ExceptionThrow(7, "Unknown supplier") // expect error: Unknown supplier

PROCEDURE test_none_sent()
Trace("no mail") // expect mail count: 1

PROCEDURE test_fine()
Trace("ok") // expect mail count: 0
"""


def test_each_procedure_keeps_its_own_error_and_mail_count(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Only the file's last `expect error` / `expect mail count` line was kept: an earlier
    procedure's expected error failed as uncaught, its mail count was never checked."""
    path = write(tmp_path, "test_own.wl", EACH_ITS_OWN)
    code, out = wl_test(capsys, str(path))
    assert code == 1, out
    assert f"{path}:9: expect mail count\n    expected: 1\n    got:      0" in out
    assert out.splitlines()[-1].startswith("3 passed, 1 failed"), out


TWO_IN_ONE = """PROCEDURE test_two_errors()
x is int
Trace(1 / x) // expect error: Division by zero
Trace("never") // expect error: Unknown supplier

PROCÉDURE test_deux_comptes()
Trace("rien") // expect mail count: 0
Trace("toujours rien") // expect mail count: 1

PROCEDURE test_fine()
x is int
Trace(1 / x) // expect error: Division by zero
"""


def test_two_expected_errors_in_one_case_fail_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A case stops at its first error: two `expect error` (or `expect mail count`) lines
    in one case cannot both hold. Only the last was checked, the first silently ignored,
    so the first case passed on the second line's text (an error the case never raised)
    failing only by luck; now the file's mistake is named."""
    path = write(tmp_path, "test_two.wl", TWO_IN_ONE)
    code, out = wl_test(capsys, str(path))
    assert code == 1, out
    assert (f"{path}:3: expect error\n    one `// expect error:` line per test case; "
            "this case has 2 (lines 3, 4)") in out
    assert (f"{path}:7: expect mail count\n    one `// expect mail count:` line per test "
            "case; this case has 2 (lines 7, 8)") in out
    assert out.splitlines()[-1].startswith("1 passed, 2 failed"), out


CLASS_GLOBALS = """CCounter is Class
	GLOBAL
	s_n is int
	s_nFrom is int = 10
END
gnPlain is int

PROCEDURE test_a()
CCounter::s_n++
CCounter::s_nFrom++
dbgCheckEqual(CCounter::s_n, 1)
dbgCheckEqual(CCounter::s_nFrom, 11)

PROCEDURE test_b()
CCounter::s_n++
CCounter::s_nFrom++
dbgCheckEqual(CCounter::s_n, 1, "a GLOBAL member starts again in each case")
dbgCheckEqual(CCounter::s_nFrom, 11)
"""

CLASS_GLOBALS_FR = """CCompteur est une Classe
	GLOBAL
	s_nNuméro est un entier
FIN

PROCÉDURE test_premier()
CCompteur::s_nNuméro++
dbgVérifieEgalité(CCompteur::s_nNuméro, 1)

PROCÉDURE test_second()
CCompteur::s_nNuméro++
dbgVérifieEgalité(CCompteur::s_nNuméro, 1)
"""


def test_class_global_members_are_fresh_in_each_case(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A class's GLOBAL members lived in its compiled definition, shared by the cases of a
    file: the second case saw the first one's counter (numbers 4, 5... in a test of
    invoice numbering)."""
    write(tmp_path, "test_globals.wl", CLASS_GLOBALS)
    write(tmp_path, "test_globales.wl", CLASS_GLOBALS_FR)
    code, out = wl_test(capsys, str(tmp_path))
    assert code == 0, out
    assert out.splitlines()[-1].startswith("4 passed, 0 failed"), out


def test_uncaught_error_fails_with_its_position(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "test_u.wl", "PROCEDURE test_u()\nx is int\nTrace(1 / x)\n")
    code, out = wl_test(capsys, str(path))
    assert code == 1 and f"{path}:3:" in out and "Division by zero" in out


def test_keyword_exitfirst_quiet_verbose(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "test_en.wl", PASSING_EN)
    write(tmp_path, "test_bad.wl", FAILING)
    code, out = wl_test(capsys, str(tmp_path), "-k", "add or fresh", "-v")
    assert code == 0
    assert [l.split()[1] for l in out.splitlines() if "::" in l] == ["PASSED", "PASSED"]
    code, out = wl_test(capsys, str(tmp_path), "-k", "not en", "-q")
    assert code == 1 and out.splitlines()[-1].startswith("0 passed, 2 failed")
    assert "--- stdout ---" not in out  # -q leaves captured output out
    code, out = wl_test(capsys, str(tmp_path), "-x")
    assert code == 1 and out.splitlines()[-1].startswith("0 passed, 1 failed")


def test_usage_no_tests_and_compile_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = wl_test(capsys, str(tmp_path / "missing"))
    assert code == 2 and "no such file or folder" in out
    code, out = wl_test(capsys, str(tmp_path), "-k", "a and (")
    assert code == 2
    code, out = wl_test(capsys, str(tmp_path))
    assert code == 5
    write(tmp_path, "test_ok.wl", "Trace(1) // expect: 1\n")
    bad = write(tmp_path, "test_syntax.wl", "IF x THEN\n")
    code, out = wl_test(capsys, str(tmp_path))
    assert code == 65 and f"{bad}:" in out and "1 passed, 0 failed, 1 file(s) not compiled" in out


DECLARED_TWICE = """PROCEDURE test_one()
dbgCheckTrue(True)

PROCEDURE test_two()
dbgCheckTrue(True)

PROCEDURE test_two()
dbgCheckTrue(True)
"""


def test_cases_of_a_file_that_does_not_compile_are_counted_failed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The file parses (its cases are known) but does not compile: each case printed an
    F while the summary said "0 failed". The summary, -v and the JUnit report count the
    three cases failed and the file not compiled; the exit status is 65."""
    write(tmp_path, "test_twice.wl", DECLARED_TWICE)
    report = tmp_path / "report.xml"
    code, out = wl_test(capsys, str(tmp_path), "--junitxml", str(report))
    assert code == 65 and "FFF" in out and "declared twice" in out
    assert out.splitlines()[-1].startswith("0 passed, 3 failed, 1 file(s) not compiled")
    suite = ET.parse(report).getroot().find("testsuite")
    assert suite is not None and (suite.get("tests"), suite.get("failures"),
                                  suite.get("errors")) == ("4", "3", "1")
    assert len(list(suite.iter("testcase"))) == 4
    code, out = wl_test(capsys, str(tmp_path), "-v")
    assert code == 65 and out.count("FAILED (does not compile)") == 3


def test_junit_xml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "t/test_en.wl", PASSING_EN)
    write(tmp_path, "t/test_bad.wl", FAILING)
    report = tmp_path / "report.xml"
    code, _ = wl_test(capsys, str(tmp_path / "t"), "--junitxml", str(report))
    assert code == 1
    suite = ET.parse(report).getroot().find("testsuite")
    assert suite is not None and (suite.get("tests"), suite.get("failures")) == ("5", "2")
    failed = [c for c in suite.iter("testcase") if c.find("failure") is not None]
    assert sorted(c.get("name") for c in failed) == ["test_checks", "test_output"]
    assert "expected: 5" in (failed[0].find("failure").text or "")


def test_the_report_ends_with_a_line_per_failed_case(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """As pytest's "short test summary info": after the failure blocks, one line per
    failed case (its id and what failed first), so a long run's failures do not scroll
    away; then the count line, last as before."""
    path = write(tmp_path, "test_mix.wl", "PROCEDURE test_ok()\ndbgCheckTrue(True)\n\n"
                 "PROCEDURE test_bad()\ndbgVérifieEgalité(1, 2)\n\n"
                 "PROCEDURE test_div()\nn is int\nTrace(1 / n)\n")
    code, out = wl_test(capsys, str(path), "-q")
    lines = out.splitlines()
    assert code == 1 and lines[-1].startswith("1 passed, 2 failed")
    assert lines[-4:-2] == [f"FAILED {path}::test_bad - {path}:5: dbgVérifieEgalité",
                            f"FAILED {path}::test_div - uncaught error: {path}:9:9: error: "
                            "Division by zero."]
    assert lines[-2] == ""


def test_junit_xml_names_the_error_that_stopped_a_case(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An uncaught error's JUnit message was "uncaught error" whatever the error (a CI
    page listing failures showed nothing more); now the error's own line, as pytest
    gives an exception's text. EN and FR."""
    write(tmp_path, "test_div.wl", "PROCEDURE test_div()\nn is int\nTrace(10 / n)\n")
    write(tmp_path, "test_remise.wl", "PROCÉDURE test_remise()\n"
                                      "ExceptionDéclenche(1, \"Remise refusée : 80\")\n")
    report = tmp_path / "report.xml"
    code, _ = wl_test(capsys, str(tmp_path), "--junitxml", str(report))
    assert code == 1
    messages = sorted(c.find("failure").get("message") for c in  # type: ignore[union-attr]
                      ET.parse(report).getroot().iter("testcase"))
    assert messages == [f"uncaught error: {tmp_path / 'test_div.wl'}:3:10: error: "
                        "Division by zero.",
                        f"uncaught error: {tmp_path / 'test_remise.wl'}:2:1: error: "
                        "Remise refusée : 80"]


def test_junit_xml_stays_readable_with_control_characters(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A compared value or a trace holding Charact(1), Charact(0) or U+FFFF went into the
    report raw: no CI server could read it ("not well-formed (invalid token)"). Such
    characters are written `\\x01`, `\\uffff`; `]]>` and `<&>` stay as they are."""
    write(tmp_path, "test_ctl.wl", 'PROCEDURE test_ctl()\n'
          'Trace("nul" + Charact(0) + " ffff" + Charact(65535) + " ]]> <&>")\n'
          'dbgCheckEqual("a" + Charact(1), "b" + Charact(2))\n')
    report = tmp_path / "report.xml"
    code, _ = wl_test(capsys, str(tmp_path), "--junitxml", str(report))
    assert code == 1
    case = ET.parse(report).getroot().find("testsuite/testcase")
    assert case is not None
    failure, out = case.find("failure"), case.find("system-out")
    assert failure is not None and out is not None
    assert 'expected: "b\\x02"' in (failure.text or "") and '"a\\x01"' in (failure.text or "")
    assert (out.text or "").startswith("nul\\x00 ffff\\uffff ]]> <&>"), out.text


def test_a_compared_value_never_sends_an_escape_sequence_to_the_terminal(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`got:` printed a compared value raw: ESC [31m reached the terminal (a value read
    from a file or a server). Control characters show as `\\x1b`, as Trace shows them."""
    write(tmp_path, "test_esc.wl", 'PROCÉDURE test_esc()\n'
          'dbgVérifieEgalité(Caract(27) + "[31mROUGE", "x" + Caract(7))\n')
    code, out = wl_test(capsys, str(tmp_path))
    assert code == 1 and "\x1b" not in out and "\x07" not in out, out
    assert 'got:      "\\x1b[31mROUGE"' in out and 'expected: "x\\x07"' in out, out


def test_keyword_matches_in_any_case_with_or_without_accents(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """-k compares as WLanguage names: `-k echeance` selected nothing of
    `test_échéance` (pytest's lower() keeps the accents)."""
    write(tmp_path, "test_factures.wl", "PROCÉDURE test_échéance()\ndbgVérifieEgalité(1, 1)\n"
          "PROCEDURE test_total()\ndbgCheckEqual(2, 2)\n")
    for words in ("echeance", "ÉCHÉANCE", "Echéance and not total"):
        code, out = wl_test(capsys, str(tmp_path), "-k", words, "-v")
        assert code == 0 and [l.split()[0].rsplit("::", 1)[1] for l in out.splitlines()
                              if "::" in l] == ["test_échéance"], (words, out)


def test_parallel_workers_give_the_same_results(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    for k in range(4):
        write(tmp_path, f"test_{k}.wl", PASSING_EN)
    write(tmp_path, "test_bad.wl", FAILING)
    code, out = wl_test(capsys, str(tmp_path), "-n", "2", "-q")
    assert code == 1 and out.splitlines()[-1].startswith("12 passed, 2 failed")


def test_wl_test_is_a_subcommand_of_wl(tmp_path: Path) -> None:
    write(tmp_path, "test_fr.wl", PASSING_FR)
    r = subprocess.run([sys.executable, "-m", "wlinterp", "test", "-v"], cwd=tmp_path,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "test_fr.wl::test_vrai PASSED" in r.stdout


def test_a_failing_french_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "test_échec.wl",
                 "PROCÉDURE test_somme()\n"
                 "dbgVérifieEgalité(2 + 2, 5, \"somme de %1\", \"deux et deux\")\n"
                 "dbgVérifieDifférence(1, 1)\n"
                 "dbgVérifieNull(3)\n"
                 "SI EnModeTest() ALORS Trace(\"vu\") // expect: pas vu\n")
    code, out = wl_test(capsys, str(path))
    assert code == 1
    assert f"{path}:2: dbgVérifieEgalité\n    expected: 5\n    got:      4\n" \
           f"    comment:  somme de deux et deux" in out
    assert f"{path}:3: dbgVérifieDifférence" in out and f"{path}:4: dbgVérifieNull" in out
    assert "expected: pas vu\n    got:      vu" in out


def test_a_case_ending_the_program_with_a_code_fails(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """EndProgram(3) inside a case counted as passed and `wl test` exited 0: `wl run` of
    the same code exits 3. EndProgram() / FinProgramme(0) still passes."""
    write(tmp_path, "test_end.wl", "PROCEDURE test_three()\nEndProgram(3)\n"
                                   "PROCÉDURE test_zéro()\nFinProgramme(0)\n"
                                   "PROCEDURE test_bare()\nendprogram()\n")
    code, out = wl_test(capsys, str(tmp_path))
    assert code == 1, out
    assert "the case ended the program with exit code 3" in out
    assert "test_end.wl::test_three" in out and "::test_z" not in out and "::test_bare" not in out
    assert out.splitlines()[-1].startswith("2 passed, 1 failed")
