"""The deadline watchdog and its owners: once an owner disarms its alarm, the action
(shutting a socket down) has run or never will, so the owner may close or reuse the
connection without the watchdog touching the socket afterwards (a closed descriptor's
number may already be another connection's)."""
from __future__ import annotations

import threading

import pytest

from wlinterp.mail import transport
from wlinterp.mail.watchdog import Watchdog


def test_disarm_waits_for_an_action_under_way() -> None:
    started, release, done = threading.Event(), threading.Event(), []

    def action() -> None:
        started.set()
        release.wait(5)
        done.append(True)

    dog = Watchdog()
    alarm = dog.arm(0, action)
    assert started.wait(5)
    disarming = threading.Thread(target=dog.disarm, args=(alarm,))
    disarming.start()
    disarming.join(0.3)
    assert disarming.is_alive(), "disarm returned while the action was still running"
    release.set()
    disarming.join(5)
    assert done == [True] and alarm.fired


def test_disarm_before_the_action_means_it_never_runs() -> None:
    ran = []
    dog = Watchdog()
    alarm = dog.arm(0.2, lambda: ran.append(True))
    dog.disarm(alarm)
    threading.Event().wait(0.5)
    assert ran == [] and not alarm.fired


class _Recorder:
    """Stands for the watchdog: records the order of disarm and the client's close."""

    def __init__(self, log: list[str]) -> None:
        self.log = log

    def arm(self, seconds: float, action: object) -> object:
        return type("A", (), {"fired": False})()

    def disarm(self, alarm: object) -> None:
        self.log.append("disarm")


class _Client:
    stage = "connection"

    def __init__(self, log: list[str]) -> None:
        self.log = log

    def close(self) -> None:
        self.log.append("close")


@pytest.mark.parametrize("failure", [OSError("reset"), ValueError("bad")])
def test_smtp_disarms_before_closing_a_failed_connection(monkeypatch, failure) -> None:
    log: list[str] = []
    monkeypatch.setattr(transport, "WATCHDOG", _Recorder(log))
    link = transport.Link.__new__(transport.Link)
    link.params = type("P", (), {"timeout": 1.0, "secret": None, "user": "",
                                 "endpoint": type("E", (), {"label": lambda s: "h:25"})()})()
    link.client, link._step = _Client(log), "MAIL FROM"
    with pytest.raises(transport.MailError):
        with link._guard(1.0):
            raise failure
    assert log == ["disarm", "close"]
