"""One wait for the disk per message without weaker promises (issue 12, capture throughput).

delivery.py: the names in tmp/ are made durable ahead of time, by batches, so a message
costs one file flush; a crash that loses the move into new/ is finished by the next
capture's start. backlog.py: the index record is made after the 250, by the capture
itself when idle, and every acknowledged message is listed with its whole envelope even
if that never happens (kill -9).
"""
from __future__ import annotations

import os
import re
import smtplib
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from wlinterp.mailbox import backlog
from wlinterp.mailbox import delivery
from wlinterp.mailbox.store import CaptureStore

from mailbox_helpers import TIMEOUT, build_message, index_records


def _store(directory: Path, subject: str) -> str:
    store = CaptureStore.create(directory)
    key, _ = store.store(build_message(subject).as_bytes(), mail_from="shop@example.org",
                         rcpt_tos=["ann@example.org"], tls="plain", user=None)
    store.stop_capturing()
    return key


def test_one_wait_for_the_disk_per_message(mailbox_dir, monkeypatch):
    store = CaptureStore.create(mailbox_dir)
    flushes = {"file": 0, "folder": 0}
    real = os.fsync

    def counting(fd: int) -> None:
        flushes["folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file"] += 1
        real(fd)
    monkeypatch.setattr(os, "fsync", counting)
    count = 2 * delivery.RESERVE_BATCH
    for n in range(count):
        store.store(build_message(f"m{n}").as_bytes(), mail_from="a@example.org",
                    rcpt_tos=["b@example.org"], tls="plain", user=None)
    assert flushes == {"file": count, "folder": 2}  # one tmp/ flush per batch of names
    store.stop_capturing()
    assert flushes["folder"] == 3  # new/, once for all the moves
    assert list((mailbox_dir / "tmp").iterdir()) == []  # the unused reserve is removed
    assert len(list((mailbox_dir / "new").iterdir())) == count


def _as_crashed(path: Path, pid: int) -> Path:
    """Rename a Maildir file as if process `pid` had written it."""
    name = re.sub(r"P\d+Q", f"P{pid}Q", path.name)
    return path.rename(path.parent / name)


def test_a_capture_start_finishes_what_a_crashed_capture_left_in_tmp(mailbox_dir):
    key = _store(mailbox_dir, "acknowledged, rename lost")
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait(TIMEOUT)
    tmp = mailbox_dir / "tmp"
    lost = _as_crashed((mailbox_dir / "new" / key).rename(tmp / key), ended.pid)
    whole = lost.read_bytes()
    cut = tmp / lost.name.replace("Q", "Q9", 1)
    cut.write_bytes(whole[:-20])  # killed while writing: never acknowledged
    reserved = tmp / lost.name.replace("Q", "Q8", 1)
    reserved.write_bytes(b"")  # a reserved file never used
    running = tmp / lost.name.replace(f"P{ended.pid}Q", f"P{os.getpid()}Q7")
    running.write_bytes(b"")  # a running capture's: left alone
    CaptureStore.create(mailbox_dir)
    assert sorted(p.name for p in tmp.iterdir()) == [running.name]
    assert (mailbox_dir / "new" / lost.name).read_bytes() == whole
    (entry,), damaged = CaptureStore.existing(mailbox_dir).entries()
    assert damaged == [] and entry.record["subject"] == "acknowledged, rename lost"


def test_a_file_swapped_into_tmp_is_never_written(mailbox_dir, tmp_path):
    store = CaptureStore.create(mailbox_dir)
    name = store._reserve.take()
    store._reserve._names.append(name)  # put it back: the next message gets it
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me")
    (mailbox_dir / "tmp" / name).unlink()
    os.link(outside, mailbox_dir / "tmp" / name)  # a second name for a file elsewhere
    with pytest.raises(OSError, match="not the empty file the capture reserved"):
        store.store(b"Subject: x\r\n\r\nbody\r\n", mail_from=None, rcpt_tos=["b@example.org"],
                    tls="plain", user=None)
    assert outside.read_text() == "keep me"
    assert list((mailbox_dir / "new").iterdir()) == []


def _send(port: int, subjects: list[str]) -> None:
    with smtplib.SMTP("127.0.0.1", port, timeout=TIMEOUT) as client:
        for subject in subjects:
            client.send_message(build_message(subject))


def test_records_are_written_by_the_capture_once_idle(capture, mailbox_dir):
    _send(capture.plain_port, ["a", "b"])
    deadline = time.monotonic() + TIMEOUT
    while len(index_records(mailbox_dir)) < 2 and time.monotonic() < deadline:
        time.sleep(backlog.IDLE_SECONDS)
    assert len(index_records(mailbox_dir)) == 2
    assert [r["subject"] for r in capture.captured] == ["a", "b"]


def test_an_acknowledged_message_without_its_record_is_listed_whole(mailbox_dir, monkeypatch):
    monkeypatch.setattr(backlog, "IDLE_SECONDS", 3600.0)  # the record would come much later
    from wlinterp.mailbox import storing
    monkeypatch.setattr(storing, "IDLE_SECONDS", 3600.0)
    from wlinterp.mailbox.commands import start_capture
    handle = start_capture(str(mailbox_dir), [])
    try:
        _send(handle.plain_port, ["order 1"])
        deadline = time.monotonic() + TIMEOUT  # the file comes just after the 250 (journal.py)
        while not list((mailbox_dir / "new").iterdir()) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert index_records(mailbox_dir) == []  # not yet written
        (entry,), damaged = CaptureStore.existing(mailbox_dir).entries()
        assert damaged == [] and entry.indexed
        assert entry.record["subject"] == "order 1" and entry.record["rcpt_tos"] == ["ann@example.org"]
    finally:
        handle.close()
    assert len(index_records(mailbox_dir)) == 1  # close wrote it


def test_records_are_made_by_batches_while_messages_keep_coming(mailbox_dir, monkeypatch):
    """`settle_every` (the child of `wl run --capture` uses it): the records are made as the
    run goes, so little is left for the stop that the run waits for."""
    from wlinterp.mailbox import storing
    from wlinterp.mailbox.faults import parse_faults
    from wlinterp.mailbox.server import CaptureConfig, CaptureServer
    monkeypatch.setattr(storing, "IDLE_SECONDS", 3600.0)  # never idle: only the batches count
    config = CaptureConfig(str(mailbox_dir), parse_faults([]), settle_every=4, files_first=False)
    index = mailbox_dir / "wl-index"
    with CaptureServer(config).start() as server:
        with smtplib.SMTP("127.0.0.1", server.plain_port, timeout=TIMEOUT) as client:
            for n in range(10):
                client.send_message(build_message(f"order {n}"))
            deadline = time.monotonic() + TIMEOUT  # still connected: the capture is not idle
            while len(index_records(mailbox_dir)) < 8 and time.monotonic() < deadline:
                time.sleep(0.01)
            # two batches of 4 at least (a batch takes every message queued when it runs)
            assert len(index_records(mailbox_dir)) >= 8
        assert [r["subject"] for r in server.captured] == [f"order {n}" for n in range(10)]
    assert len(index_records(mailbox_dir)) == 10
    # one index file a batch (at most three batches: 4 or more, 4 or more, the rest)
    assert list(index.glob("*.json")) == [] and 2 <= len(list(index.glob("*.jsonl"))) <= 3


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


def test_a_record_that_cannot_be_made_keeps_the_envelope(mailbox_dir, monkeypatch):
    from wlinterp.mailbox.backlog import Backlog
    store = CaptureStore.create(mailbox_dir)
    real = store.record_of
    backlog = Backlog(store)
    for subject in ("first", "broken", "last"):
        key, stored = store.store(build_message(subject).as_bytes(), mail_from="a@example.org",
                                  rcpt_tos=["b@example.org"], tls="plain", user=None)
        backlog.add(key, stored, build_message(subject).as_bytes())

    def record_of(key: str, stored: dict, raw: bytes) -> dict:
        if b"broken" in raw:
            raise RuntimeError("parser bug")
        return real(key, stored, raw)
    monkeypatch.setattr(store, "record_of", record_of)
    records = backlog.records()
    assert [r["subject"] for r in records] == ["first", "", "last"]
    written = {r["id"]: r["subject"] for r in index_records(mailbox_dir)}  # one batch file
    assert written == {r["id"]: r["subject"] for r in records}
    assert records[1]["rcpt_tos"] == ["b@example.org"] and records[1]["mail_from"] == "a@example.org"
    store.stop_capturing()
