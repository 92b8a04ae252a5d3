"""A run's CA file that cannot be loaded (not a certificate, missing), given to run_source
as `ca_file`: each family that speaks TLS as a client says it as the call's failure
(ErrorOccurred, ErrorInfo naming the file and why, and the function as the script named
it), never a Python traceback. It was an
ssl.SSLError out of run_source for EmailStartPOP3Session, EmailStartIMAPSession,
HTTPRequest and SocketConnectSSL (`wl run --ca-file` refuses such a file before the run,
in the same words: wlinterp/tls_contexts.py ca_file_words). No server is needed: the
file is read before any connection. EN and FR.
"""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from wlinterp import run_source

WORDS = "holds no certificate that can be read (a PEM file of certificates is expected"

AT = "{} server 127.0.0.1:1, loading the CA file: CA file "
CALLS = [
    ('EmailStartPOP3Session("u", "p", "127.0.0.1", 1)',
     'EmailOuvreSessionPOP3("u", "p", "127.0.0.1", 1)', AT.format("POP3")),
    ('EmailStartIMAPSession("u", "p", "127.0.0.1", 1)',
     'EmailOuvreSessionIMAP("u", "p", "127.0.0.1", 1)', AT.format("IMAP")),
    ('EmailStartSMTPSession("u", "p", "127.0.0.1", 1)',
     'EmailOuvreSessionSMTP("u", "p", "127.0.0.1", 1)', AT.format("SMTP")),
    ('HTTPRequest("https://127.0.0.1:1/")', 'HTTPRequête("https://127.0.0.1:1/")',
     "HTTPRequest: CA file "),
    ('SocketConnectSSL("s", 1, "127.0.0.1")', 'SocketConnecteSSL("s", 1, "127.0.0.1")',
     "SocketConnectSSL: CA file "),
    ('WebSocketClientConnectSSL("w", "127.0.0.1", 1)',
     'WebSocketClientConnecteSSL("w", "127.0.0.1", 1)', "WebSocketClientConnectSSL: CA file "),
]

EN = """IF NOT {call} THEN
    Trace("failed: " + ErrorInfo())
END
Trace(ErrorOccurred)
"""
FR = """SI PAS {call} ALORS
    Trace("échec : " + ErreurInfo())
FIN
Trace(ErreurDétectée)
"""


def _run(text: str, ca_file: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    run_source(text, "ca.wl", stdout=out, stderr=err, options={"ca_file": ca_file})
    assert "Traceback" not in err.getvalue()
    return out.getvalue()


@pytest.mark.parametrize("english, french, said", CALLS, ids=[c[2].split()[0] for c in CALLS])
def test_a_file_that_is_no_certificate_is_the_calls_failure(tmp_path: Path, english: str,
                                                             french: str, said: str) -> None:
    path = tmp_path / "notes.pem"
    path.write_text("not a certificate\n", encoding="utf-8")
    for script, start in ((EN.format(call=english), "failed: "),
                          (FR.format(call=french), "échec : ")):
        out = _run(script, str(path))
        first, last = out.splitlines()
        named = said if start == "failed: " else said.replace(english.split("(")[0],
                                                              french.split("(")[0])
        assert first.startswith(start + named + str(path) + " " + WORDS), out
        assert "_ssl.c" not in first and last == "1"  # ErrorOccurred after the failure


def test_a_missing_file_is_said_with_the_systems_reason(tmp_path: Path) -> None:
    missing = str(tmp_path / "gone.pem")
    for call in ('EmailStartPOP3Session("u", "p", "127.0.0.1", 1)',
                 'HTTPRequest("https://127.0.0.1:1/")'):
        first = _run(EN.format(call=call), missing).splitlines()[0]
        assert f"CA file {missing} cannot be read (no such file or directory)" in first, first


def test_a_read_after_the_failed_start_says_why_it_failed(tmp_path: Path) -> None:
    """The failed start is kept: the reading loop's first read ends it (Email.Out) and
    says the start's failure, as a failed connection's start does."""
    path = tmp_path / "notes.pem"
    path.write_text("not a certificate\n", encoding="utf-8")
    out = _run('EmailStartPOP3Session("u", "p", "127.0.0.1", 1)\n'
               'Trace(EmailReadFirst("u"), Email.Out)\nTrace(ErrorInfo())\n', str(path))
    first, second = out.splitlines()
    assert first == "0, 1" or first == "False, True", out
    assert "loading the CA file" in second and str(path) in second, out
