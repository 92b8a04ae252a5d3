"""Overall deadlines for SMTP operations.

A socket timeout bounds each single wait, but a server that trickles one byte just
before every timeout (or sends endless continuation lines) would keep a send alive
forever. One shared daemon thread keeps a heap of deadlines; when one passes it runs the
registered action (the transport shuts its socket down, which wakes any blocked read).
Arming and disarming cost a lock and a heap push, so it is cheap enough for every message.
"""
from __future__ import annotations

__all__ = ["Watchdog", "WATCHDOG", "Alarm"]

import heapq
import itertools
import threading
import time
from typing import Callable


class Alarm:
    """One armed deadline; `fired` tells the owner its operation was cut short."""

    __slots__ = ("action", "cancelled", "fired")

    def __init__(self, action: Callable[[], None]) -> None:
        self.action = action
        self.cancelled = False
        self.fired = False


class Watchdog:
    """Runs an action for every alarm whose deadline passes before it is disarmed."""

    _COMPACT_AT = 1024

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, Alarm]] = []
        self._seq = itertools.count()
        self._cancelled = 0
        self._thread: threading.Thread | None = None

    def arm(self, seconds: float, action: Callable[[], None]) -> Alarm:
        """Call `action` in `seconds` unless `disarm` comes first."""
        alarm = Alarm(action)
        when = time.monotonic() + seconds
        with self._cond:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="wl-mail-watchdog",
                                                daemon=True)
                self._thread.start()
            heapq.heappush(self._heap, (when, next(self._seq), alarm))
            if self._heap[0][2] is alarm:
                self._cond.notify()
        return alarm

    def disarm(self, alarm: Alarm) -> None:
        """Cancel; removal is lazy, with a compaction when many cancelled entries pile up.
        An action under way is waited for (it holds the lock)."""
        with self._cond:
            if alarm.cancelled or alarm.fired:
                return
            alarm.cancelled = True
            self._cancelled += 1
            if self._cancelled > self._COMPACT_AT and self._cancelled * 2 > len(self._heap):
                self._heap = [e for e in self._heap if not e[2].cancelled]
                heapq.heapify(self._heap)
                self._cancelled = 0

    def _run(self) -> None:
        """Run each due action with the lock held, so that `disarm` returns only once the
        action has run or never will: the owner may then close its socket (whose number
        the system may give to another connection at once) without a late shutdown."""
        while True:
            with self._cond:
                due = self._next_due()
                if due is None:
                    continue
                try:
                    due.action()
                except Exception:  # best effort (the socket may be closed already)
                    pass

    def _next_due(self) -> Alarm | None:
        """Wait (lock held) until the earliest live alarm is due; pop and mark it fired."""
        while self._heap and self._heap[0][2].cancelled:
            heapq.heappop(self._heap)
            self._cancelled = max(0, self._cancelled - 1)
        if not self._heap:
            self._cond.wait()
            return None
        when = self._heap[0][0]
        delay = when - time.monotonic()
        if delay > 0:  # at most an hour at a time: a wait of centuries overflows the
            self._cond.wait(min(delay, 3600.0))  # system's (the thread died of it)
            return None
        _, _, alarm = heapq.heappop(self._heap)
        alarm.fired = True
        return alarm


WATCHDOG = Watchdog()
"""The process-wide watchdog (one thread, started on first use)."""
