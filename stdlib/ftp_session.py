"""The FTP connections of a program and how one operation runs on one (stdlib/ftp_client.py's
functions, the listings' and the file information's): the table of connections by number,
the overall limit each operation runs under (stdlib/ftp_limits.py), and the failure's words
(non-fatal: ErrorOccurred, ErrorInfo; a connection left out of step is given up, saying why).
"""
from __future__ import annotations

import ftplib
import ssl

from typing import Any

from wlinterp.errors import BuiltinFailure
from wlinterp.goodbyes import Farewells, part, per_run
from wlinterp.runtime.state import Runtime

from .ftp_connection_type import connection_number
from .ftp_limits import Deadline

ERROR_IDENTIFICATION_CODE = 9100  # ftpErrorIdentification (stdlib/ftp_client.py declares it)


def connections(rt: Runtime) -> dict[int, ftplib.FTP]:
    return per_run(rt, "ftp", dict, close_all)


def close_all(table: dict[int, ftplib.FTP], farewells: Farewells) -> None:
    """Connections still open when the program ends are closed with the run's other
    connections (goodbyes.Farewells): QUIT on each (none on one given up after a failure),
    the answers awaited together, GOODBYE_WAIT at most for all. Each QUIT waited for its
    answer under its connection's timeout, one after another: three connections to a
    server silent after QUIT held the end of the run three times FTPConnect's timeout."""
    for ftp in list(table.values()):
        farewells.add(None if getattr(ftp, "broken", "") else ftp.sock, b"QUIT\r\n",
                      ftp.close)


def disconnect(ftp: ftplib.FTP) -> None:
    """FTPDisconnect: QUIT, its answer awaited GOODBYE_WAIT at most (goodbyes.part: it
    changes nothing; under the connection's timeout a server silent after QUIT held the
    call that long), then the socket closed; no QUIT on a connection given up after a
    failure."""
    try:
        if not getattr(ftp, "broken", ""):
            part(ftp.sock, b"QUIT\r\n")
    finally:
        ftp.close()


def connection(rt: Runtime, number: object, fname: str, value: object,
                closing: bool = False) -> ftplib.FTP:
    """The connection FTPConnect numbered `number`; one given up after a failure that
    left the conversation out of step fails at once, saying why (only FTPDisconnect,
    `closing`, still takes it)."""
    key = connection_number(number)
    ftp = connections(rt).get(key)
    if ftp is None:
        raise BuiltinFailure(f"{fname}: there is no FTP connection number {key} "
                             "(FTPConnect gives it).", value=value)
    broken = getattr(ftp, "broken", "")
    if broken and not closing:
        raise BuiltinFailure(f"{fname}: FTP connection number {key} was given up after an "
                             f"earlier failure ({broken}); connect again with FTPConnect.",
                             value=value)
    return ftp


_FAILURE_WORDS = {
    UnicodeEncodeError: "a name has a character the server's encoding (Latin-1, as its "
                        "replies) cannot carry; nothing was sent",
    TimeoutError: "no answer from the server in time, see FTPConnect's timeout",
    EOFError: "the server closed the connection",
}


def failed(fname: str, exc: BaseException, value: object,
            limit: Deadline | None = None, user: str = "",
            password: str = "") -> BuiltinFailure:
    """A failure quoting the server's reply (or the system's words), on one line; the
    overall limit's words when it cut the operation (the shut socket's error says
    nothing of why). Unless the server answered in full (a refusal) or nothing was sent
    (a line break refused), the connection is given up: its next use says why, instead
    of a broken pipe or "cannot read from timed out object". A password the server
    echoed in its reply is masked (as the e-mail sessions mask it)."""
    from wlinterp.mail.security import Secret, redact
    words = redact(_why(exc, limit), Secret(password), user)
    in_step = isinstance(exc, (ftplib.error_reply, ftplib.error_temp, ftplib.error_perm,
                               UnicodeEncodeError)) or type(exc) is ValueError
    if isinstance(exc, ftplib.error_temp) and str(exc).startswith("421"):
        in_step = False  # closing the control connection (RFC 959): nothing more is sent,
        words += "; the server is closing the connection (421)"  # not even QUIT
    if limit is not None and not (in_step and not limit.fired):
        setattr(limit.ftp, "broken", f"{fname}: {words}")
    code = ERROR_IDENTIFICATION_CODE if isinstance(exc, ftplib.error_perm) and \
        str(exc).startswith("530") else 1
    return BuiltinFailure(f"{fname} failed ({words}).", code=code, value=value)


def _why(exc: BaseException, limit: Deadline | None) -> str:
    """What went wrong, in words."""
    from wlinterp.mail.failures import (certificate_words, reply_words, system_words,
                                        tls_words)  # (failure path)
    if limit is not None and limit.fired:
        return limit.words()
    if isinstance(exc, ssl.SSLCertVerificationError):
        return certificate_words(exc)
    if isinstance(exc, ssl.SSLError):
        return f"TLS failed ({tls_words(exc)})"
    if type(exc) is ValueError and "newline" in str(exc):  # ftplib's refusal, unsent
        return "a line break (CR or LF) in a name or a command is refused; nothing was sent"
    if isinstance(exc, TimeoutError) and limit is not None \
            and isinstance(limit.ftp.timeout, (int, float)):  # how long, not just "in time"
        return (f"no answer from the server within {limit.ftp.timeout:g} s, see "
                "FTPConnect's timeout")
    words = _FAILURE_WORDS.get(type(exc)) or reply_words(system_words(exc))
    if type(exc) is ftplib.error_proto:  # ftplib's word for a reply with no FTP code
        words = "the server's reply is not FTP: " + words
    elif type(exc) is ftplib.Error and words.startswith("got more than"):
        words = f"the server sent a line longer than {ftplib.FTP.maxline} characters"
    return words


def call(rt: Runtime, number: object, fname: str, value: object, job: Any,
          size: int = 0) -> Any:
    """`job(ftp)` on the connection under its overall limit (ftp_limits.py; `size`: the
    bytes it sends), its failures non-fatal (`value` returned)."""
    ftp = connection(rt, number, fname, value)
    limit = Deadline(ftp, size)
    try:
        with limit:
            return job(ftp)
    except (OSError, ftplib.Error, EOFError, ValueError) as exc:
        raise failed(fname, exc, value, limit) from None
