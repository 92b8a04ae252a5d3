"""Ping (?3014013): the loopback answers; without any way to send ICMP the call says so."""
from __future__ import annotations

import pytest

from wlinterp.runtime.state import Runtime
from wlinterp.stdlib import ping as P
from stdlib_helpers import call


def _icmp_available() -> bool:
    try:
        sock, _ = P._open_icmp()
    except P._NoICMP:
        return P.shutil.which("ping") is not None
    sock.close()
    return True


def test_the_loopback_answers(rt: Runtime) -> None:
    answered = call(rt, "Ping", "127.0.0.1", 2000)
    if _icmp_available():
        assert answered is True and not rt.error_occurred
    else:  # a sandbox with neither ICMP socket nor ping program: said, never pretended
        assert answered is False and "ICMP is not available" in rt.error_message


def test_without_icmp_nor_ping_program_it_says_so(rt: Runtime,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> tuple[object, bool]:
        raise P._NoICMP

    monkeypatch.setattr(P, "_open_icmp", refuse)
    monkeypatch.setattr(P.shutil, "which", lambda name: None)
    assert call(rt, "Ping", "127.0.0.1") is False
    assert "ICMP is not available to this process" in rt.error_message


def test_the_wait_is_bounded() -> None:
    assert P._milliseconds(10 ** 9) == 60_000
    assert P._milliseconds("2 s") == 2000 and P._milliseconds(0) == 1


def test_the_request_checksum_verifies() -> None:
    packet = P._request(0x1234)
    assert P._checksum(packet) == 0  # a message with its checksum sums to zero
