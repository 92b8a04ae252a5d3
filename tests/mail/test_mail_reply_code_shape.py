"""An SMTP reply code is three digits followed by a space, a `-` (a continuation) or the
line's end (RFC 5321, 4.2). A line with a fourth digit or a letter there (`2500 queued`,
`250queued`, `3540 go`) was read as the code of its first three digits: a final dot
answered `2500 queued` said the message sent. It is now no SMTP reply, said as the other
lines that are none: after the final dot the message may or may not have been accepted,
elsewhere the step fails and nothing is sent. `250` alone and `250 ` stay acceptances.
Scripted server on 127.0.0.1 (scripted_smtp.py), EN and FR (docs/email.md "Network
leftovers and misbehaving servers").
"""
from __future__ import annotations

import io

import pytest
from loopback import RawServer
from scripted_smtp import Server, run

from wlinterp.engine import run_source

NO_SMTP = "{step}: the server did not answer in SMTP (it sent '{sent}')"
FR = """EmailChangeTimeOut(5)
SI EmailOuvreSessionSMTP("u", "127.0.0.1", {port}) ALORS
    Email.Expediteur = "a@example.test"
    Email.Destinataire[1] = "b@example.test"
    Email.Sujet = "s"
    Email.Message = "m"
    Trace("envoi", EmailEnvoieMessage("u"), ErreurInfo())
    Trace("etat", EmailEtat(Email.IdentifiantMail))
FIN
"""


@pytest.mark.parametrize("verb, reply, words", [
    (b".", b"2500 queued\r\n", NO_SMTP.format(step="end of data", sent="2500 queued")
     + ", which is no answer to a message; the server may or may not have accepted it."),
    (b".", b"250queued\r\n", NO_SMTP.format(step="end of data", sent="250queued")),
    (b"MAIL", b"2500 ok\r\n", NO_SMTP.format(step="MAIL FROM <a@example.test>", sent="2500 ok")
     + "; the message was not sent."),
    (b"DATA", b"3540 go\r\n", NO_SMTP.format(step="DATA", sent="3540 go")
     + "; the message was not sent."),
])
def test_a_code_of_four_digits_or_glued_to_its_text_is_no_reply(verb: bytes, reply: bytes,
                                                                words: str) -> None:
    server = Server(replies={verb: reply})
    lines, _ = run(server, timeout="5")
    assert lines[0] == "send, 0" and words in lines[1], lines
    assert lines[-1] == "status, 3", lines
    assert len(server.received) == (1 if verb == b"." else 0), lines


@pytest.mark.parametrize("reply", [b"250\r\n", b"250 \r\n", b"250-a\r\n250\r\n"])
def test_a_code_alone_still_accepts(reply: bytes) -> None:
    server = Server(replies={b".": reply})
    lines, _ = run(server, timeout="5")
    assert lines[0] == "send, 1" and lines[-1] == "status, 1", lines


def test_french_script_is_told_the_same() -> None:
    raw = RawServer(Server(replies={b".": b"2500 en file\r\n"}))
    out, err = io.StringIO(), io.StringIO()
    try:
        run_source(FR.format(port=raw.port), "code.wl", stdout=out, stderr=err)
    finally:
        raw.close()
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("envoi, 0, SMTP server 127.0.0.1:"), lines
    assert "(it sent '2500 en file')" in lines[0] and lines[1] == "etat, 3", lines
