"""A user name and password written into a server's name (`ftp://ann:pw@host`,
`ann:pw@smtp.example.com`), the URL habit, for FTPConnect and the e-mail sessions: the
function fails at once, in words, the password starred (wlinterp/mail/security.py
credentials_in_name). Before, the whole name was looked up as a host name (the password
went to the name servers) and a failure quoted it: "SMTP server [smtp://ann:s3cret@...]:1,
connection: the host name could not be resolved". A loopback server stands where the
name points: nothing reaches it. English and French."""
from __future__ import annotations

import io
import socket
import threading

import pytest

from loopback import RawServer
from wlinterp.engine import run_source

SECRET = "s3cretPW"


def _silent(conn: socket.socket, stop: threading.Event) -> None:
    stop.wait(1)


@pytest.mark.parametrize("call, fname", [
    ('FTPConnect("ftp://ann:{pw}@127.0.0.1", "", "", {port}, True, 1)', "FTPConnect"),
    ('FTPConnecte("ann:{pw}@127.0.0.1", "", "", {port}, Vrai, 1)', "FTPConnecte"),
    ('EmailStartSMTPSession("ann", "{pw}", "smtp://ann:{pw}@127.0.0.1", {port})',
     "EmailStartSMTPSession"),
    ('EmailOuvreSessionSMTP("ann", "{pw}", "ann:{pw}@127.0.0.1", {port})',
     "EmailOuvreSessionSMTP"),
    ('EmailStartPOP3Session("ann", "{pw}", "pop://ann:{pw}@127.0.0.1", {port})',
     "EmailStartPOP3Session"),
    ('EmailOuvreSessionIMAP("ann", "{pw}", "ann:{pw}@127.0.0.1", {port})',
     "EmailOuvreSessionIMAP"),
])
def test_a_password_in_a_server_name_is_refused_starred_and_unsent(call: str,
                                                                  fname: str) -> None:
    server = RawServer(_silent)
    out, err = io.StringIO(), io.StringIO()
    try:
        run_source(f"Trace({call.format(pw=SECRET, port=server.port)}, ErrorInfo())\n",
                   "names.wl", stdout=out, stderr=err)
    finally:
        server.close()
    text = out.getvalue()
    assert SECRET not in text + err.getvalue(), text
    assert f"{fname}: the server's name '" in text and ":***@127.0.0.1' holds a user name " \
        "and password before '@': give them as the function's parameters; nothing was " \
        "sent, not even a look-up of the name." in text, text
    assert server.connections == 0


def test_a_user_name_alone_before_the_at_is_refused_too() -> None:
    """An address where the server's name goes (`ann@smtp.example.com`): no password
    to star, the same refusal (it was looked up as a host name)."""
    out = io.StringIO()
    run_source('Trace(EmailStartSMTPSession("ann", "pw", "ann@smtp.example.com", 25), '
               "ErrorInfo())\n", "names.wl", stdout=out, stderr=io.StringIO())
    assert out.getvalue() == ("0, EmailStartSMTPSession: the server's name "
                              "'ann@smtp.example.com' holds a user name before '@': give "
                              "them as the function's parameters; nothing was sent, not "
                              "even a look-up of the name.\n")
