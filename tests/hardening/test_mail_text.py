"""Text no e-mail can carry is a catchable failure (False + ErrorInfo), never exit 2 (issue 12)."""

from __future__ import annotations

import pytest

SCRIPT = """IF EmailStartSMTPSession("u", "smtp.example.com", 25) THEN
Email.Sender = "a@example.org"
Email.Recipient[1] = "b@example.org"
Email.Subject = {subject}
Email.Message = {body}
Trace(EmailSendMessage("u"))
Trace(ErrorInfo())
Email.Subject = "fine"
Email.Message = "fine"
Trace(EmailSendMessage("u"))
END
"""


@pytest.mark.parametrize("subject, body, expected", [
    ('"a" + Charact(0x2028) + "b"', '"x"', "Email.Subject contains a Unicode line break (U+2028) at position 2"),
    ('"a" + Charact(0x2029)', '"x"', "Email.Subject contains a Unicode line break (U+2029)"),
    ('"lone" + Charact(0xD800)', '"x"', "Email.Subject contains a lone surrogate (U+D800) at position 5"),
    ('"ok"', '"bad" + Charact(0xDC80)', "Email.Message contains a lone surrogate (U+DC80) at position 4"),
])
def test_unencodable_text_is_a_failed_send_and_the_script_goes_on(wl_cli, script, tmp_path, subject, body, expected):
    ran = wl_cli("run", "--capture", str(tmp_path / "box"), script(SCRIPT.format(subject=subject, body=body)))
    assert ran.code == 0, ran
    lines = ran.out.splitlines()
    assert lines[0] == "0" and lines[1].startswith("EmailSendMessage: " + expected), ran
    assert lines[2] == "1", ran  # the next message still goes
    assert ran.err.count("captured ") == 1
