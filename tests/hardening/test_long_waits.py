"""Connections that fail or wait long. A timeout of centuries (a script's "wait for
ever" written as a huge number) is a wait of 30 days (stdlib/timeouts.py LONGEST_WAIT_S):
past what the system can wait, it stopped the run with "Numeric overflow", and an overall
limit armed that far killed the shared watchdog's thread with a traceback, leaving every
later limit of the run unarmed. A refused connection is said in the system's words."""
from __future__ import annotations

import io
import threading

from aiosmtpd_servers import free_port
from stdlib.timeouts import LONGEST_WAIT_S, timeout_seconds
from wlinterp.engine import run_source
from wlinterp.mail.watchdog import WATCHDOG


def run(code: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    run_source(code, "waits.wl", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_a_huge_timeout_waits_30_days() -> None:
    assert timeout_seconds(10 ** 14, "SocketConnect") == LONGEST_WAIT_S
    assert timeout_seconds("1 min 30 s", "SocketConnect") == 90


def test_connections_given_a_huge_timeout_fail_in_words() -> None:
    port = free_port()
    out, err = run(f'Trace(SocketConnect("s", {port}, "127.0.0.1", 1e14), ErrorInfo())\n'
                   f'Trace(FTPConnect("127.0.0.1", "anonymous", "", {port}, True, 1e12))\n'
                   'EmailSetTimeOut(1e30)\n'
                   f'Trace(EmailStartSMTPSession("u", "127.0.0.1", {port}), ErrorInfo())\n')
    assert err == "", err
    sock, ftp, mail = out.splitlines()
    assert sock.startswith("0, SocketConnect: cannot connect"), sock
    assert ftp == "-1" and mail.startswith("0, SMTP server 127.0.0.1"), out


def test_the_watchdog_survives_an_alarm_of_centuries() -> None:
    rang = threading.Event()
    far = WATCHDOG.arm(1e12, lambda: None)
    try:
        near = WATCHDOG.arm(0.05, rang.set)
        assert rang.wait(10), "the watchdog's thread no longer runs"
        WATCHDOG.disarm(near)
    finally:
        WATCHDOG.disarm(far)


def test_a_refused_connection_is_said_without_pythons_errno() -> None:
    """HTTP and FTP said "failed ([Errno 111] Connection refused)"."""
    port = free_port()
    out, err = run(f'Trace(HTTPRequest("http://127.0.0.1:{port}/"), ErrorInfo())\n'
                   f'Trace(FTPConnect("127.0.0.1", "anonymous", "", {port}), ErrorInfo())\n')
    assert out == (f"0, HTTPRequest: the request to http://127.0.0.1:{port}/ failed "
                   "(Connection refused).\n-1, FTPConnect failed (Connection refused).\n"), out


def test_a_host_name_dns_cannot_carry_is_said_in_words() -> None:
    """It quoted the codec: "encoding with 'idna' codec failed (UnicodeError: label empty
    or too long)"."""
    out, _ = run(f'Trace(HTTPRequest("http://{"a" * 70}.com/"), ErrorInfo())\n')
    assert out.endswith("failed (the host name is not a valid domain name (a part empty or "
                        "over 63 characters)).\n"), out
