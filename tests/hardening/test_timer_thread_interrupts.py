"""The timer thread's time limit (Windows, where there is no interval timer) interrupts
the main thread with `_thread.interrupt_main`, a flag the main thread reads later. An
interrupt sent as the body ended went off after the `with`, a KeyboardInterrupt in
whatever ran next: the next limit's start (inside `Thread.start`), a garbage-collector
callback (hypothesis's: the PytestUnraisableExceptionWarning of whole-suite runs), or a
`wl test` run, which a KeyboardInterrupt stops altogether (commands/limits.py
`_interrupts_handled`)."""
from __future__ import annotations

import signal
import time

import pytest

from wlinterp.commands import limits


def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_no_interrupt_comes_after_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "_posix_timer_usable", lambda: False)
    before = signal.getsignal(signal.SIGINT)
    late: list[int | str] = []
    for i in range(80):  # one in 10 to 20 failed (at loads of 2 and 13): a race, tried often
        try:
            with pytest.raises(limits.TimedOut):
                with limits.stop_reporting("x.wl", 0.002):
                    _spin(5)
            _spin(0.005)
        except KeyboardInterrupt:
            late.append(i)
    try:
        _spin(0.1)  # longer than the thread's pause between two interrupts
    except KeyboardInterrupt:
        late.append("after")
    assert late == []
    assert signal.getsignal(signal.SIGINT) is before


def test_a_ctrl_c_still_interrupts(monkeypatch: pytest.MonkeyPatch) -> None:
    """The handler set while the body runs is Python's own for a real Ctrl-C."""
    monkeypatch.setattr(limits, "_posix_timer_usable", lambda: False)
    with pytest.raises(limits.Interrupted):
        with limits.stop_reporting("x.wl", 60):
            signal.raise_signal(signal.SIGINT)
            _spin(5)
