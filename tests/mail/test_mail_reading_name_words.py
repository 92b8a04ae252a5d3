"""A POP3 or IMAP server whose name cannot be looked up is said as SMTP says it, "the
host name could not be resolved (...)": it was the system's bare words ("POP3 server
x:110, connection: Name or service not known"). Built from the resolver's own error,
so that the test needs no name server (a refused connection is pinned by the goldens
email/email_reading_errors.wl and email_lecture_erreurs.wl)."""
from __future__ import annotations

import socket

from wlinterp.mail.failures import describe_exception
from wlinterp.mail.read_failures import describe_failure


def test_an_unknown_host_is_said_as_smtp_says_it() -> None:
    exc = socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    said = describe_failure(exc, 10)
    assert said == "the host name could not be resolved (Name or service not known)"
    assert said == describe_exception(exc, 10)[0]  # SMTP's words


def test_a_refused_connection_names_no_protocol_of_its_own() -> None:
    said = describe_failure(ConnectionRefusedError(111, "Connection refused"), 10)
    assert said == "connection refused (no server listening on that port)"
