"""Several sessions at once share the journal's flushes (groupcommit.py), and still no
250 comes before its message is on disk, whoever flushes: the event loop's thread (a fast
disk) or the flusher thread (a slow one).

The real `fdatasync` runs; the test only watches it: just before each flush it reads the
segment through the flushed descriptor, and once the flush has returned it counts every
message found there as durable. A client that gets its 250 must find its message counted.

That sessions pile up behind a flush must not depend on the machine's load (a fixed sleep
in the flush did: on a loaded machine the other sessions had not reached the capture
within it, and each flush served one message). So the watched disk is a busy disk that
waits for a condition: a group flush (the flusher's thread, never the event loop's) is held
until every session still sending has its current message in the journal, within a
generous bound, and the sessions all connect before any of them sends. The loop's own
flushes are checked without sessions: records appended in one turn of the loop share one
flush there.
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

from wlinterp.mailbox import groupcommit, segments
from wlinterp.mailbox.commands import start_capture
from wlinterp.mailbox.store import CaptureStore

from mailbox_helpers import TIMEOUT, build_message

SESSIONS = 6
EACH = 5


HOLD_LIMIT = 20.0
"""The longest a group flush is held waiting for the other sessions (only a bug, or a
machine so loaded that a session takes seconds to reach the capture, reaches it: at 5 s a
load of 11 once let a flush go with fewer sessions, 16 flushes against the bound of 15)."""


class WatchedDisk:
    """os.fdatasync, observed: which subjects each flush made durable, how many flushes.

    `sending` maps each session still sending to the subject it is sending (None between
    two messages); while it is not empty, a group flush waits until all those subjects are
    in the segment (HOLD_LIMIT at most), as a disk busy long enough for them all would.
    `answered`: the subjects of records whose flush has returned (their 250 is due)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, delay: float = 0.0) -> None:
        self.real = os.fdatasync
        self.delay = delay
        self.durable: set[str] = set()
        self.sending: dict[int, str | None] = {}
        self.flushes = 0
        self.failing = False
        self.answered: set[str] = set()
        self.lock = threading.Lock()
        self._flush_batch = groupcommit.flush_batch
        monkeypatch.setattr(os, "fdatasync", self.fdatasync)
        monkeypatch.setattr(groupcommit, "flush_batch", self.flush_batch)

    def flush_batch(self, journal: object, batch: list) -> list:
        outcomes = self._flush_batch(journal, batch)
        with self.lock:
            self.answered |= {_subject(appended.data) for appended, _ in batch}
        return outcomes

    def fdatasync(self, fd: int) -> None:
        blob = os.pread(fd, segments.SEGMENT_BYTES, 0)
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
        need that thread to reach the journal). A session still showing a subject whose
        flush has returned has its 250 on the way and has not yet named its next message:
        it is waited for as one between two messages is. (Taken as still sending, its
        subject, already in the segment, let the flush go at once: under load the
        sessions' threads run late after their 250s, and a flush held for the first one's
        next message went alone: 17 flushes against the bound of 15.)"""
        try:
            asyncio.get_running_loop()
            return
        except RuntimeError:
            pass
        deadline = time.monotonic() + HOLD_LIMIT
        while time.monotonic() < deadline:
            with self.lock:
                wanted = set(self.sending.values())
                between = None in wanted or not wanted.isdisjoint(self.answered)
            if not between and wanted <= _subjects(os.pread(fd, segments.SEGMENT_BYTES, 0)):
                return
            time.sleep(0.002)


def _subject(data: bytes) -> str:
    return data.split(b"Subject: ", 1)[1].split(b"\r\n", 1)[0].decode() \
        if b"Subject: " in data else ""


def _subjects(blob: bytes) -> set[str]:
    return {_subject(data) for _, data in segments.records(blob) if b"Subject: " in data}


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


@pytest.fixture(params=["flusher thread", "loop thread"])
def flusher(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Who flushes: the flusher thread (every flush counts as slow) or the event loop's
    thread (none does)."""
    monkeypatch.setattr(groupcommit, "SLOW_FLUSH", 0.0 if request.param == "flusher thread"
                        else float("inf"))
    return str(request.param)


def test_concurrent_sessions_share_flushes_and_each_250_follows_its_flush(
        mailbox_dir: Path, monkeypatch: pytest.MonkeyPatch, flusher: str):
    disk = WatchedDisk(monkeypatch)
    with start_capture(str(mailbox_dir), []) as capture:
        _journal_ready(capture)
        early = _send_all(capture, disk, "g")
        subjects = sorted(r["subject"] for r in capture.captured)
    assert early == []
    total = SESSIONS * EACH
    assert subjects == sorted(f"g-{n}-{k}" for n in range(SESSIONS) for k in range(EACH))
    if flusher == "flusher thread":  # the loop's own sharing: test_one_turn_shares_one_flush
        assert disk.flushes <= total // 2, disk.flushes  # sessions waited together, not in turn
    entries, damaged = CaptureStore.existing(mailbox_dir).entries()
    assert damaged == [] and len(entries) == total
    assert list((mailbox_dir / segments.JOURNAL_DIR).iterdir()) == []  # all retired at close


def test_a_failed_group_flush_answers_451_to_every_session_in_it(
        mailbox_dir: Path, monkeypatch: pytest.MonkeyPatch, flusher: str):
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


class CountedDisk:
    """os.fdatasync replaced: the thread of each call, the records it covered; optionally
    slow (a sleep), or not flushing at all (the switch between flushers is tested, not
    the disk)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.real = os.fdatasync
        self.calls: list[tuple[int, int]] = []
        self.delay = 0.0
        self.fake = False
        monkeypatch.setattr(os, "fdatasync", self.fdatasync)

    def fdatasync(self, fd: int) -> None:
        covered = 0 if self.fake else len(segments.records(os.pread(fd, segments.SEGMENT_BYTES, 0)))
        if self.delay:
            time.sleep(self.delay)
        if not self.fake:
            self.real(fd)
        self.calls.append((threading.get_ident(), covered))


def _opened(mailbox_dir: Path) -> CaptureStore:
    store = CaptureStore.create(mailbox_dir)
    store.start_journal()
    deadline = time.monotonic() + TIMEOUT
    while not store.journal.ready:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    return store


def test_one_turn_shares_one_flush(mailbox_dir: Path, monkeypatch: pytest.MonkeyPatch):
    """Records appended during one turn of the event loop are flushed together, by the
    loop's thread, and none is reported durable before that flush has returned."""
    monkeypatch.setattr(groupcommit, "SLOW_FLUSH", float("inf"))
    store = _opened(mailbox_dir)
    disk = CountedDisk(monkeypatch)

    async def turn() -> tuple[int, list[OSError | None]]:
        group = groupcommit.GroupCommit(store.journal, asyncio.get_running_loop())
        waiting = [group.durable(store.journal.append(build_message(f"t-{n}").as_bytes()))
                   for n in range(3)]
        assert not any(done.done() for done in waiting) and disk.calls == []
        return threading.get_ident(), list(await asyncio.gather(*waiting))

    try:
        loop_thread, outcomes = asyncio.run(turn())
    finally:
        store.stop_capturing()
    assert outcomes == [None, None, None]
    assert disk.calls[0] == (loop_thread, 3)  # one flush, in the loop, covering all three


def test_a_slow_disk_moves_the_flushes_to_the_flusher_thread_and_back(
        mailbox_dir: Path, monkeypatch: pytest.MonkeyPatch):
    """Flushes slower than SLOW_FLUSH (smoothed) go to the flusher thread, so the loop
    serves other sessions meanwhile; once they are fast again, the loop flushes again."""
    store = _opened(mailbox_dir)
    disk = CountedDisk(monkeypatch)

    async def run() -> tuple[int, list[bool]]:
        group = groupcommit.GroupCommit(store.journal, asyncio.get_running_loop())
        modes = []
        disk.delay = groupcommit.SLOW_FLUSH * 3
        for n in range(12):
            modes.append(group.slow)
            assert await group.durable(store.journal.append(build_message(f"s-{n}").as_bytes())) is None
        for _ in range(30):  # fast flushes (timed by the flusher on a quiet machine)
            group._timed(0.0)
        modes.append(group.slow)
        disk.delay = 0.0
        assert await group.durable(store.journal.append(build_message("fast").as_bytes())) is None
        group.close()
        return threading.get_ident(), modes

    try:
        loop_thread, modes = asyncio.run(run())
    finally:
        store.stop_capturing()
    threads = [thread for thread, _ in disk.calls]
    assert modes[0] is False and threads[0] == loop_thread  # a fast disk is assumed first
    assert modes[11] is True  # slow flushes: handed to the flusher
    assert threads[11] != loop_thread
    assert modes[12] is False and threads[-1] == loop_thread  # fast again: back in the loop
