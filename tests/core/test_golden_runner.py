"""The golden harness runs a program as `wl run` does (tests/golden_runner.py): in a folder
of its own that is the current folder, through the project loader and linker, with the
files of `CASE.files/` beside it; what it leaves in that folder is a failure."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))

from golden_runner import run_golden  # noqa: E402


def test_a_file_left_in_the_current_folder_fails_the_golden() -> None:
    problems = run_golden('fSaveText("left.txt", "x")\n', "leaves.wl")
    assert problems == ["left in the current folder: left.txt"]


def test_the_program_runs_by_its_name_in_its_own_folder() -> None:
    text = 'Trace(fExtractPath(ExeInfo(exeName), fFileName + fExtension))\n'
    assert run_golden(text + "// expect: named.wl\n", "named.wl") == []


def test_companion_files_are_beside_the_program(tmp_path: Path) -> None:
    (tmp_path / "lib.wl").write_text("PROCEDURE Twice(n is int)\nRESULT 2 * n\n",
                                     encoding="utf-8")
    text = "Trace(Twice(21))\n// expect: 42\n"
    assert run_golden(text, "uses_lib.wl", companions=tmp_path) == []
    assert run_golden(text, "uses_lib.wl") != []  # alone, Twice is unknown


SENDS = """EmailStartSMTPSession("ann@example.org", "pw", "smtp.gmail.com", 587, False, emailOptionSecuredTLS)
Email.Sender = "ann@example.org"
Email.Recipient[1] = "bob@example.org"
Email.Subject = "Hello"
Trace(EmailSendMessage("ann@example.org"))
EmailCloseSession("ann@example.org")
// expect: 1
"""


def test_a_golden_stating_its_mail_sends_it_to_the_capture_server() -> None:
    """`// expect mail` lines: the golden runs as `wl run --capture` does (smtp.gmail.com
    with STARTTLS reaches the capture server), and the mail it sent is compared."""
    assert run_golden(SENDS + "// expect mail count: 1\n// expect mail: Subject: Hello\n",
                      "sends.wl") == []
    problems = run_golden(SENDS + "// expect mail count: 2\n// expect mail: To: eve@example.org\n",
                          "sends.wl")
    assert len(problems) == 2 and "expect mail count" in problems[0]
    assert "a message with To: eve@example.org" in problems[1]


def test_a_golden_stating_no_mail_reaches_no_server() -> None:
    """Without them, a session fails as it would without --capture (no server there)."""
    text = 'Trace(EmailStartSMTPSession("ann@example.org", "pw", "127.0.0.1", 1))\n// expect: 0\n'
    assert run_golden(text, "no_server.wl") == []
