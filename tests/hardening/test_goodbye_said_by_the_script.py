"""EmailCloseSession and FTPDisconnect, called by the script, on a server silent after QUIT
(NET, 6-7 Dec 2026 night): QUIT's answer is awaited 1 s at most (wlinterp/goodbyes.py
`part`), as at the end of a run, then the connection is closed. Before, each waited for it
under the session's timeout (EmailSetTimeOut, FTPConnect's), ten minutes by default for
e-mail. The timeout here is 20 s; the server waits 10 s at most for the client to hang up
after QUIT, so its "gone" says the call let go well before the timeout (no tight timing:
one generous bound on the run). EN and FR."""
from __future__ import annotations

import io
import time

import pytest

from loopback import RawServer, heard, silent_after_quit
from wlinterp.engine import run_source


SMTP_EN = """EmailSetTimeOut(20)
Trace(EmailStartSMTPSession("s", "127.0.0.1", {port}))
Trace(EmailCloseSession("s"), ErrorOccurred)
Trace(EmailCloseSession("s"))
"""
SMTP_FR = """EmailChangeTimeOut(20)
Trace(EmailOuvreSessionSMTP("s", "127.0.0.1", {port}))
Trace(EmailFermeSession("s"), ErreurDétectée)
Trace(EmailFermeSession("s"))
"""
FTP_EN = """n is int = FTPConnect("127.0.0.1", "ann", "pw", {port}, True, 20)
Trace(n)
Trace(FTPDisconnect(n), ErrorOccurred)
Trace(FTPCurrentDir(n), ErrorOccurred)
"""
FTP_FR = """n est un entier = FTPConnecte("127.0.0.1", "ann", "pw", {port}, Vrai, 20)
Trace(n)
Trace(FTPDéconnecte(n), ErreurDétectée)
Trace(FTPRepEnCours(n), ErreurDétectée)
"""


@pytest.mark.parametrize("code, expected", [
    (SMTP_EN, ["1", "1, 0", "1"]), (SMTP_FR, ["1", "1, 0", "1"]),
    (FTP_EN, ["0", "1, 0", ", 1"]), (FTP_FR, ["0", "1, 0", ", 1"]),
], ids=["smtp-en", "smtp-fr", "ftp-en", "ftp-fr"])
def test_the_scripts_goodbye_waits_a_second_for_a_silent_server(code: str,
                                                                expected: list[str]) -> None:
    """The call returns True, the session is closed (closing again does nothing; the FTP
    number is no longer valid), and the server saw QUIT then the client hang up."""
    said: list[str] = []
    server = RawServer(silent_after_quit(said))
    out, err = io.StringIO(), io.StringIO()
    began = time.monotonic()
    try:
        run_source(code.replace("{port}", str(server.port)), "bye.wl", stdout=out,
                   stderr=err)
        took = time.monotonic() - began
    finally:
        server.close()
    assert out.getvalue().splitlines() == expected
    assert err.getvalue() == ""
    assert heard(said, 2) == ["QUIT", "gone"]
    assert took < 15  # the timeout is 20 s
