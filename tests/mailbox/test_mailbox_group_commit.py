"""Several sessions at once share the journal's flushes (groupcommit.py), and still no
250 comes before its message is on disk.

The real `fdatasync` runs; the test only watches it: just before each flush it reads the
segment through the flushed descriptor, and once the flush has returned it counts every
message found there as durable. A client that gets its 250 must find its message counted.

That sessions pile up behind a flush must not depend on the machine's load (a fixed sleep
in the flush did: on a loaded machine the other sessions had not reached the capture
within it, and each flush served one message). So the watched disk is a busy disk that
waits for a condition: a group flush (the flusher's thread, never the event loop's) is held
until every session still sending has its current message in the journal, within a
generous bound, and the sessions all connect before any of them sends.
"""
from __future__ import annotations

import asyncio
import errno
import os
import smtplib
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from wlinterp.mailbox import journal
from wlinterp.mailbox.commands import start_capture
from wlinterp.mailbox.store import CaptureStore

from mailbox_helpers import TIMEOUT, build_message

SESSIONS = 6
EACH = 5


HOLD_LIMIT = 5.0
"""The longest a group flush is held waiting for the other sessions (only a bug reaches it)."""


class WatchedDisk:
    """os.fdatasync, observed: which subjects each flush made durable, how many flushes.

    `sending` maps each session still sending to the subject it is sending (None between
    two messages); while it is not empty, a group flush waits until all those subjects are
    in the segment (HOLD_LIMIT at most), as a disk busy long enough for them all would."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, delay: float = 0.0) -> None:
        self.real = os.fdatasync
        self.delay = delay
        self.durable: set[str] = set()
        self.sending: dict[int, str | None] = {}
        self.flushes = 0
        self.failing = False
        self.lock = threading.Lock()
        monkeypatch.setattr(os, "fdatasync", self.fdatasync)

    def fdatasync(self, fd: int) -> None:
        blob = os.pread(fd, journal.SEGMENT_BYTES, 0)
        self._hold(fd)
        time.sleep(self.delay)
        if self.failing:
            raise OSError(errno.EIO, "Input/output error")
        self.real(fd)
        with self.lock:
            self.durable |= _subjects(blob)
            self.flushes += 1

    def _hold(self, fd: int) -> None:
        """Wait until every session still sending has its message in the segment. Never
        in the event loop's thread (a session alone stores there, and the others' records
        need that thread to reach the journal)."""
        try:
            asyncio.get_running_loop()
            return
        except RuntimeError:
            pass
        deadline = time.monotonic() + HOLD_LIMIT
        while time.monotonic() < deadline:
            with self.lock:
                wanted = list(self.sending.values())
            if None not in wanted and set(wanted) <= _subjects(os.pread(fd, journal.SEGMENT_BYTES, 0)):
                return
            time.sleep(0.002)


def _subjects(blob: bytes) -> set[str]:
    return {data.split(b"Subject: ", 1)[1].split(b"\r\n", 1)[0].decode()
            for _, data in journal.records(blob) if b"Subject: " in data}


def _journal_ready(capture) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not capture._store.journal.ready:  # until then messages take the direct path
        assert time.monotonic() < deadline
        time.sleep(0.01)


def _send_all(capture, disk: WatchedDisk, prefix: str) -> list[str]:
    """SESSIONS connections, all connected before any sends, sending EACH messages at
    once; the subjects that got a 250 before the watched flush had made them durable
    (none expected)."""
    early: list[str] = []
    barrier = threading.Barrier(SESSIONS)
    with disk.lock:
        disk.sending = dict.fromkeys(range(SESSIONS))

    def session(n: int) -> None:
        try:
            with smtplib.SMTP(capture.host, capture.plain_port, timeout=TIMEOUT) as client:
                barrier.wait(TIMEOUT)  # the capture sees every session before the first message
                for k in range(EACH):
                    subject = f"{prefix}-{n}-{k}"
                    with disk.lock:
                        disk.sending[n] = subject
                    client.send_message(build_message(subject))  # returns on the 250
                    with disk.lock:
                        disk.sending[n] = None
                        if subject not in disk.durable:
                            early.append(subject)
        finally:
            with disk.lock:
                disk.sending.pop(n, None)

    with ThreadPoolExecutor(SESSIONS) as pool:
        list(pool.map(session, range(SESSIONS)))
    return early


def test_concurrent_sessions_share_flushes_and_each_250_follows_its_flush(
        mailbox_dir: Path, monkeypatch: pytest.MonkeyPatch):
    disk = WatchedDisk(monkeypatch)
    with start_capture(str(mailbox_dir), []) as capture:
        _journal_ready(capture)
        early = _send_all(capture, disk, "g")
        subjects = sorted(r["subject"] for r in capture.captured)
    assert early == []
    total = SESSIONS * EACH
    assert subjects == sorted(f"g-{n}-{k}" for n in range(SESSIONS) for k in range(EACH))
    assert disk.flushes <= total // 2, disk.flushes  # sessions waited together, not in turn
    entries, damaged = CaptureStore.existing(mailbox_dir).entries()
    assert damaged == [] and len(entries) == total
    assert list((mailbox_dir / journal.JOURNAL_DIR).iterdir()) == []  # all retired at close


def test_a_failed_group_flush_answers_451_to_every_session_in_it(
        mailbox_dir: Path, monkeypatch: pytest.MonkeyPatch):
    disk = WatchedDisk(monkeypatch, delay=0.01)
    barrier = threading.Barrier(SESSIONS)
    replies: list[int] = []

    def session(n: int) -> None:
        with smtplib.SMTP(capture.host, capture.plain_port, timeout=TIMEOUT) as client:
            barrier.wait()  # all connected: the capture sees several sessions
            try:
                client.send_message(build_message(f"refused-{n}"))
                replies.append(250)
            except smtplib.SMTPDataError as error:
                replies.append(error.smtp_code)

    with start_capture(str(mailbox_dir), []) as capture:
        _journal_ready(capture)
        disk.failing = True
        with ThreadPoolExecutor(SESSIONS) as pool:
            list(pool.map(session, range(SESSIONS)))
        disk.failing = False
        assert replies == [451] * SESSIONS
        assert _send_all(capture, disk, "after") == []  # the disk is back: 250s again
        kept = {r["subject"] for r in capture.captured}
    assert kept == {f"after-{n}-{k}" for n in range(SESSIONS) for k in range(EACH)}
