"""Mocks from conftest.wl (WL.Name reaches the original), golden files and --update (refused
under CI), mail expectations against the embedded capture server, --now/--seed, .wdg test
sets, and per-case hooks."""
from __future__ import annotations

from pathlib import Path

import pytest

from wlinterp.testing.command import main
from wl_test_helpers import write, wl_test
from wlinterp.testing.hooks import register_case_hooks, unregister_case_hooks
from windev_text import procedure_set

LIB = """PROCEDURE Prix(n)
RESULT Tarif(n) * 2
PROCEDURE Tarif(n)
RESULT n * 100
PROCEDURE Jour()
RESULT Today()
"""

SEND = """PROCEDURE Envoyer(sTo, sSujet)
s is emailSMTPSession
s.ServerAddress = "smtp.gmail.com"
s.Port = 587
s.Option = emailOptionSecuredTLS
s.Name = "shop@example.com"
s.Password = "not-a-real-password"
IF NOT EmailStartSMTPSession(s) THEN RESULT False
m is Email
m.Sender = "shop@example.com"
m.Recipient[1] = sTo
m.Subject = sSujet
m.Message = "Bonjour"
ok is boolean = EmailSendMessage(s, m)
EmailCloseSession(s)
RESULT ok
"""




def project(tmp_path: Path) -> Path:
    write(tmp_path, "wlproject.toml", "")
    write(tmp_path, "lib.wl", LIB + SEND)
    return tmp_path


def test_conftest_mocks_project_procedures_and_builtins(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path)
    write(root, "tests/conftest.wl", "PROCEDURE Tarif(n)\nRESULT WL.Tarif(n) + 1\n"
                                     "PROCEDURE Today()\nRESULT \"19991231\"\n")
    write(root, "tests/deeper/conftest.wl", "PROCEDURE Tarif(n)\nRESULT 5\n")
    write(root, "tests/test_mock.wl", "PROCEDURE test_mocked()\n"
                                      "dbgCheckEqual(Prix(1), 202)\n"
                                      "dbgCheckEqual(Jour(), \"19991231\")\n"
                                      "dbgCheckEqual(WL.Today(), \"20240131\")\n")
    write(root, "tests/deeper/test_deep.wl", "dbgCheckEqual(Prix(1), 10)\n")
    write(root, "other/test_unmocked.wl", "dbgCheckEqual(Prix(1), 200)\n")
    code, out = wl_test(capsys, str(root), "--now", "2024-01-31 08:00")
    assert code == 0, out
    assert out.splitlines()[-1].startswith("3 passed, 0 failed")


def test_an_unimplemented_windev_function_names_itself_and_the_mock(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "test_ui.wl", "PROCEDURE test_ui()\nLooperDisplay(x)\n")
    code, out = wl_test(capsys, str(tmp_path))
    assert code == 1 and "LooperDisplay is a window function" in out
    assert "A mock can stand in: define PROCEDURE LooperDisplay(...) in a conftest.wl" in out
    write(tmp_path, "conftest.wl", "PROCEDURE LooperDisplay(x)\nTrace(\"mock\")\n")
    code, out = wl_test(capsys, str(tmp_path))
    assert code == 0, out


def test_golden_output_update_compare_and_ci_refusal(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    case = write(tmp_path, "test_report.wl", "FOR i = 1 TO 30\n  Trace(\"ligne \" + i)\nEND\n")
    code, out = wl_test(capsys, str(tmp_path), "--update")
    assert code == 0, out
    golden = tmp_path / "test_report.out"
    assert golden.read_text(encoding="utf-8").splitlines()[29] == "ligne 30"
    code, out = wl_test(capsys, str(tmp_path))
    assert code == 0
    case.write_text("FOR i = 1 TO 30\n  Trace(\"ligne \" + (i + (i = 17)))\nEND\n",
                    encoding="utf-8")
    code, out = wl_test(capsys, str(tmp_path))
    assert code == 1 and "test_report.out: golden output" in out
    assert "-ligne 17\n    +ligne 18" in out  # a diff for long outputs
    monkeypatch.setenv("CI", "1")
    code, out = wl_test(capsys, str(tmp_path), "--update")
    assert code == 2 and "refused when CI is set" in out
    assert golden.read_text(encoding="utf-8").splitlines()[16] == "ligne 17"


def test_mail_expectations_and_golden_mail(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    root = project(tmp_path)
    write(root, "tests/test_mail.wl",
          "PROCEDURE test_sends()\n"
          "dbgCheckTrue(Envoyer(\"anne@example.org\", \"Commande 42\"))\n"
          "// expect mail count: 1\n"
          "// expect mail: Subject: Commande 42\n"
          "// expect mail: To: anne@example.org\n"
          "PROCEDURE test_wrong()\n"
          "Envoyer(\"bob@example.org\", \"Autre\")\n"
          "// expect mail count: 2\n"
          "// expect mail: Subject: Commande 42\n")
    code, out = wl_test(capsys, str(root / "tests"))
    assert code == 1
    assert "test_mail.wl::test_wrong" in out and "test_mail.wl::test_sends" not in out
    assert "expect mail count\n    expected: 2\n    got:      1" in out
    assert "expected: a message with Subject: Commande 42" in out and "Subject: Autre" in out
    write(root, "tests/test_golden_mail.wl",
          "Envoyer(\"carl@example.org\", \"Facture\")\n")
    code, out = wl_test(capsys, str(root / "tests" / "test_golden_mail.wl"), "--update")
    eml = (root / "tests" / "test_golden_mail.mail" / "1.eml").read_text(encoding="utf-8")
    assert "Subject: Facture" in eml and "Date: <masked>" in eml
    assert "Message-ID: <masked>" in eml or "Message-Id: <masked>" in eml
    code, out = wl_test(capsys, str(root / "tests" / "test_golden_mail.wl"))
    assert code == 0, out


def test_now_and_seed_are_deterministic(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)  # --update writes the golden file first
    write(tmp_path, "test_clock.wl", "Trace(Today(), Random(1, 1000000))\n")
    main([str(tmp_path), "--now", "2024-02-29 12:00", "--seed", "9", "--update"])
    capsys.readouterr()
    first = (tmp_path / "test_clock.out").read_text(encoding="utf-8")
    assert first.startswith("20240229, ")
    code, out = wl_test(capsys, str(tmp_path), "--now", "2024-02-29", "--seed", "9")
    assert code == 0, out
    code, out = wl_test(capsys, str(tmp_path), "--now", "2024-02-29", "--seed", "10")
    assert code == 1


def test_wdg_test_sets_and_project_sets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "App.wdp", "info :\n name : App\n")
    write(tmp_path, "pCalc.wdg", procedure_set("pCalc", "gBase is int = 10",
                                               {"Plus": "PROCEDURE Plus(n)\nRESULT gBase + n"}))
    write(tmp_path, "test_calc.wdg", procedure_set("test_calc", "", {
        "test_plus": "PROCEDURE test_plus()\ndbgCheckEqual(pCalc.Plus(5), 15)",
        "test_global": "PROCEDURE test_global()\ndbgVérifieEgalité(pCalc.gBase, 11)"}))
    code, out = wl_test(capsys, str(tmp_path), "-v")
    assert code == 1
    assert "test_calc.wdg::test_plus PASSED" in out
    lines = (tmp_path / "test_calc.wdg").read_text(encoding="utf-8").splitlines()
    where = next(l for l in out.splitlines() if l.endswith(": dbgVérifieEgalité"))
    assert lines[int(where.split(":")[-2]) - 1].strip().startswith("dbgVérifieEgalité")


def test_case_hooks_run_around_every_case(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seen: list[str] = []

    def setup(rt, case) -> None:  # type: ignore[no-untyped-def]
        seen.append("setup " + case.name)
        rt.state["fixture.value"] = 41

    def teardown(rt, case) -> None:  # type: ignore[no-untyped-def]
        seen.append("teardown " + case.name)

    register_case_hooks(setup, teardown)
    try:
        write(tmp_path, "test_h.wl", "PROCEDURE test_a()\nPROCEDURE test_b()\n")
        code, _ = wl_test(capsys, str(tmp_path))
    finally:
        unregister_case_hooks(setup, teardown)
    assert code == 0
    assert seen == ["setup test_a", "teardown test_a", "setup test_b", "teardown test_b"]
