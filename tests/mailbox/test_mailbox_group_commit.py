"""Several sessions at once share the journal's flushes (groupcommit.py), and still no
250 comes before its message is on disk.

The real `fdatasync` runs; the test only watches it (and slows it down, as a busy disk
does, so that sessions pile up behind it): just before each flush it reads the segment
through the flushed descriptor, and once the flush has returned it counts every message
found there as durable. A client that gets its 250 must find its message counted.
"""
from __future__ import annotations

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


class WatchedDisk:
    """os.fdatasync, observed: which subjects each flush made durable, how many flushes."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, delay: float) -> None:
        self.real = os.fdatasync
        self.delay = delay
        self.durable: set[str] = set()
        self.flushes = 0
        self.failing = False
        self.lock = threading.Lock()
        monkeypatch.setattr(os, "fdatasync", self.fdatasync)

    def fdatasync(self, fd: int) -> None:
        blob = os.pread(fd, journal.SEGMENT_BYTES, 0)
        time.sleep(self.delay)  # a busy disk: the other sessions queue up meanwhile
        if self.failing:
            raise OSError(errno.EIO, "Input/output error")
        self.real(fd)
        subjects = {data.split(b"Subject: ", 1)[1].split(b"\r\n", 1)[0].decode()
                    for _, data in journal.records(blob) if b"Subject: " in data}
        with self.lock:
            self.durable |= subjects
            self.flushes += 1


def _journal_ready(capture) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not capture._store.journal.ready:  # until then messages take the direct path
        assert time.monotonic() < deadline
        time.sleep(0.01)


def _send_all(capture, disk: WatchedDisk, prefix: str) -> list[str]:
    """SESSIONS connections sending EACH messages at once; the subjects that got a 250
    before the watched flush had made them durable (none expected)."""
    early: list[str] = []

    def session(n: int) -> None:
        with smtplib.SMTP(capture.host, capture.plain_port, timeout=TIMEOUT) as client:
            for k in range(EACH):
                subject = f"{prefix}-{n}-{k}"
                client.send_message(build_message(subject))  # returns on the 250
                with disk.lock:
                    if subject not in disk.durable:
                        early.append(subject)

    with ThreadPoolExecutor(SESSIONS) as pool:
        list(pool.map(session, range(SESSIONS)))
    return early


def test_concurrent_sessions_share_flushes_and_each_250_follows_its_flush(
        mailbox_dir: Path, monkeypatch: pytest.MonkeyPatch):
    disk = WatchedDisk(monkeypatch, delay=0.02)
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
