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


class _Replies:
    """An ICMP socket that receives the given (message, sender) pairs, then nothing."""

    def __init__(self, replies: list[tuple[bytes, str]], raw: bool) -> None:
        self.replies, self.raw = list(replies), raw

    def sendto(self, data: bytes, address: tuple[str, int]) -> None:
        self.sent = data

    def settimeout(self, seconds: float) -> None:
        pass

    def recvfrom(self, size: int) -> tuple[bytes, tuple[str, int]]:
        if not self.replies:
            raise P.socket.timeout
        data, sender = self.replies.pop(0)
        header = bytes([0x45]) + bytes(19) if self.raw else b""  # an IPv4 header on raw
        return header + data, (sender, 0)

    def __enter__(self) -> "_Replies":
        return self

    def __exit__(self, *exc: object) -> None:
        pass


def _reply(ident: int) -> bytes:
    return P._request(ident).replace(b"\x08", b"\x00", 1)  # type 8 (request) -> 0 (reply)


def _answered(monkeypatch: pytest.MonkeyPatch, replies: list[tuple[bytes, str]],
              raw: bool = False) -> bool:
    monkeypatch.setattr(P, "_open_icmp", lambda: (_Replies(replies, raw), raw))
    return P._echo("192.0.2.7", 0.2)


def test_an_echo_reply_from_another_host_does_not_count(
        monkeypatch: pytest.MonkeyPatch) -> None:
    mine = P.os.getpid() & 0xFFFF
    assert _answered(monkeypatch, [(_reply(mine), "192.0.2.99")]) is False
    assert _answered(monkeypatch, [(_reply(mine), "192.0.2.99"),
                                   (_reply(mine), "192.0.2.7")]) is True


def test_on_a_raw_socket_another_process_reply_does_not_count(
        monkeypatch: pytest.MonkeyPatch) -> None:
    mine = P.os.getpid() & 0xFFFF
    other = (mine + 1) & 0xFFFF
    assert _answered(monkeypatch, [(_reply(other), "192.0.2.7")], raw=True) is False
    assert _answered(monkeypatch, [(_reply(mine), "192.0.2.7")], raw=True) is True
