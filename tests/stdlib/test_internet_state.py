"""InternetConnected / InternetConnecté (no help page, INFERRED): the system's route to a
public address decides, without sending anything; no route, or only the loopback, is
False."""
from __future__ import annotations

import socket
from typing import Any

import pytest

from wlinterp.runtime.state import Runtime
from wlinterp.stdlib import internet_state as I
from stdlib_helpers import call


class _Probe:
    """A datagram socket whose route the test chooses: the local address the system would
    send from, or the error it gives when there is no route."""

    local: Any = "192.0.2.10"
    sent: list[bytes] = []

    def __init__(self, family: int, kind: int) -> None:
        assert kind == socket.SOCK_DGRAM

    def __enter__(self) -> "_Probe":
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def connect(self, address: tuple[str, int]) -> None:
        if isinstance(_Probe.local, OSError):
            raise _Probe.local

    def getsockname(self) -> tuple[str, int]:
        return (_Probe.local, 40000)

    def send(self, data: bytes) -> None:  # never called: nothing is sent
        _Probe.sent.append(data)


@pytest.fixture
def probe(monkeypatch: pytest.MonkeyPatch) -> type[_Probe]:
    monkeypatch.setattr(I.socket, "socket", _Probe)
    _Probe.sent = []
    return _Probe


def test_a_route_through_an_interface_is_connected(rt: Runtime, probe: type[_Probe]) -> None:
    probe.local = "192.0.2.10"
    assert call(rt, "InternetConnecté") is True
    assert probe.sent == []


def test_no_route_is_not_connected(rt: Runtime, probe: type[_Probe]) -> None:
    probe.local = OSError(101, "Network is unreachable")
    assert call(rt, "InternetConnected") is False
    assert not rt.error_occurred


def test_the_loopback_alone_is_not_connected(rt: Runtime, probe: type[_Probe]) -> None:
    probe.local = "127.0.0.1"
    assert call(rt, "InternetConnected") is False


def test_the_real_system_answers_a_boolean(rt: Runtime) -> None:
    assert call(rt, "InternetConnected") in (True, False)
