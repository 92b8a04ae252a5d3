"""Whatever stops a run, every queued asynchronous message ends with a reported outcome (issue 12)."""
from __future__ import annotations

import re

import aiosmtpd_servers as servers

SCRIPT = """EmailStartSMTPSession("u", "127.0.0.1", {port}, True)
Email.Sender = "a@example.org"
Email.Recipient[1] = "b@example.org"
FOR i = 1 TO 8
    Email.Subject = "m" + i
    Email.Message = "x"
    EmailSendMessage("u")
    Trace(Email.MailIdentifier)
END
{tail}
"""


HOLD = 60.0
"""The server answers no final dot before the test ends (it stops the server first): the
messages still queued at the time limit do not depend on how loaded the machine is."""


def _run(wl_cli, script, tail: str, timeout: str, delay: float = HOLD) -> tuple[object, list[str], servers.Store]:
    store = servers.Store(delay=delay)
    controller = servers.start(store)
    try:
        ran = wl_cli("run", "--timeout", timeout, script(SCRIPT.format(port=controller.port, tail=tail)))
    finally:
        controller.stop()
    return ran, ran.out.split(), store


def _reported(err: str) -> dict[str, str]:
    return {m.group(1): m.group(2) for m in re.finditer(r"Email: message (<[^>]+>) .*? was not sent: (.*)", err)}


def test_timeout_during_the_main_code_reports_every_unsent_message(wl_cli, script):
    ran, ids, store = _run(wl_cli, script, "WHILE True\nEND", "3")
    assert ran.code == 1 and "--timeout" in ran.err, ran
    assert ids, ran  # how many got queued before the limit depends on the machine's load
    reported = _reported(ran.err)
    for msg_id in ids:  # one outcome each: stored by the server, or reported (or both: "may")
        assert msg_id in store.stored or msg_id in reported, (msg_id, ran)
        if msg_id in reported and msg_id in store.stored:
            assert "may or may not have been delivered" in reported[msg_id]
    assert reported, ran  # the server holds every message: all were still queued


def test_timeout_while_waiting_for_the_queue_at_the_end_reports_them_too(wl_cli, script):
    ran, ids, store = _run(wl_cli, script, "", "3")
    assert ran.code == 1 and "--timeout" in ran.err, ran
    reported = _reported(ran.err)
    assert all(msg_id in store.stored or msg_id in reported for msg_id in ids), ran
    assert reported, ran
