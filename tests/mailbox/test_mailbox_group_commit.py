"""Fewer waits for the disk without weaker promises (issue 12, capture throughput).

GroupSync: deliveries that wait for new/ at the same moment share one flush, and a flush
only counts for a caller if it started after that caller's rename. Backlog: the index
record is made after the 250, by the capture itself when idle, and every acknowledged
message is listed with its whole envelope even if that never happens (kill -9).
"""
from __future__ import annotations

import errno
import smtplib
import threading
import time
from pathlib import Path

from wlinterp.mailbox import backlog
from wlinterp.mailbox.delivery import GroupSync
from wlinterp.mailbox.store import CaptureStore

from mailbox_helpers import TIMEOUT, build_message


class _SlowDisk:
    """A flush that takes a while and counts itself, with the callers it started after."""

    def __init__(self, seconds: float = 0.05) -> None:
        self.seconds = seconds
        self.flushes = 0
        self.fail_next: OSError | None = None
        self.lock = threading.Lock()

    def __call__(self, path: str) -> None:
        with self.lock:
            self.flushes += 1
            failure, self.fail_next = self.fail_next, None
        time.sleep(self.seconds)
        if failure is not None:
            raise failure


def _callers(group: GroupSync, count: int) -> list[BaseException | None]:
    outcomes: list[BaseException | None] = [None] * count

    def call(n: int) -> None:
        try:
            group.sync()
        except OSError as error:
            outcomes[n] = error
    threads = [threading.Thread(target=call, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(TIMEOUT)
    assert not any(thread.is_alive() for thread in threads)
    return outcomes


def test_a_caller_alone_flushes_at_once():
    disk = _SlowDisk(0)
    group = GroupSync("new", disk)
    for _ in range(3):
        group.sync()
    assert disk.flushes == 3  # a flush before the call never counts for it


def test_callers_waiting_together_share_flushes():
    disk = _SlowDisk(0.05)
    group = GroupSync("new", disk)
    assert _callers(group, 12) == [None] * 12
    assert 2 <= disk.flushes <= 4  # the first alone, the rest in one or two groups, not 12


def test_a_failed_flush_fails_every_caller_it_covered_and_not_later_ones():
    disk = _SlowDisk(0.05)
    group = GroupSync("new", disk)
    disk.fail_next = OSError(errno.EIO, "Input/output error")
    outcomes = _callers(group, 6)
    assert any(isinstance(o, OSError) and o.errno == errno.EIO for o in outcomes)
    group.sync()  # the disk works again: a new caller is not failed by the old error


def _send(port: int, subjects: list[str]) -> None:
    with smtplib.SMTP("127.0.0.1", port, timeout=TIMEOUT) as client:
        for subject in subjects:
            client.send_message(build_message(subject))


def test_records_are_written_by_the_capture_once_idle(capture, mailbox_dir):
    _send(capture.plain_port, ["a", "b"])
    index = mailbox_dir / "wl-index"
    deadline = time.monotonic() + TIMEOUT
    while len(list(index.glob("*.json"))) < 2 and time.monotonic() < deadline:
        time.sleep(backlog.IDLE_SECONDS)
    assert len(list(index.glob("*.json"))) == 2
    assert [r["subject"] for r in capture.captured] == ["a", "b"]


def test_an_acknowledged_message_without_its_record_is_listed_whole(mailbox_dir, monkeypatch):
    monkeypatch.setattr(backlog, "IDLE_SECONDS", 3600.0)  # the record would come much later
    from wlinterp.mailbox import server
    monkeypatch.setattr(server, "IDLE_SECONDS", 3600.0)
    from wlinterp.mailbox.commands import start_capture
    handle = start_capture(str(mailbox_dir), [])
    try:
        _send(handle.plain_port, ["order 1"])
        assert list((mailbox_dir / "wl-index").glob("*.json")) == []  # not yet written
        (entry,), damaged = CaptureStore.existing(mailbox_dir).entries()
        assert damaged == [] and entry.indexed
        assert entry.record["subject"] == "order 1" and entry.record["rcpt_tos"] == ["ann@example.org"]
    finally:
        handle.close()
    assert len(list((mailbox_dir / "wl-index").glob("*.json"))) == 1  # close wrote it


def test_concurrent_sessions_lose_nothing_and_keep_arrival_records(capture, mailbox_dir):
    sessions = 4
    shares = [[f"s{s} m{n}" for n in range(10)] for s in range(sessions)]
    threads = [threading.Thread(target=_send, args=(capture.plain_port, share)) for share in shares]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(TIMEOUT * 3)
    assert not any(thread.is_alive() for thread in threads)
    subjects = [r["subject"] for r in capture.captured]
    assert sorted(subjects) == sorted(s for share in shares for s in share)
    for share in shares:  # each session's messages in the order it sent them
        assert [s for s in subjects if s in share] == share
    entries, damaged = CaptureStore.existing(mailbox_dir).entries()
    assert damaged == [] and len(entries) == 10 * sessions
