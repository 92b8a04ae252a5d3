"""The capture's write-ahead journal (issue 12, capture throughput; journal.py, segments.py).

A 250 waits for one flush of a preallocated journal segment; the message files are made
durable afterwards. These tests check the promise behind that: a journal record whose
message file was lost (a power cut) is written again when the next capture starts; a
record cut short or damaged is never replayed (it was never flushed, so never answered
250); segments of a running capture are left alone; a capture that stops leaves no
segment; and the journal is never a condition (full segment, big message: direct path).
"""
from __future__ import annotations

import os
import re
import smtplib
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wlinterp.mailbox import envelope, journal, segments
from wlinterp.mailbox.delivery import unique_name
from wlinterp.mailbox.store import CaptureStore

from mailbox_helpers import TIMEOUT, build_message


def _dead_pid() -> int:
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait(TIMEOUT)
    return ended.pid


def _as_of(pid: int) -> str:
    """A Maildir unique name as process `pid` of this host would have made it."""
    return re.sub(r"P\d+Q", f"P{pid}Q", unique_name())


def _stored(subject: str) -> bytes:
    """What a capture stores for a message: the envelope line, then the message."""
    raw = build_message(subject).as_bytes()
    return envelope.line({"time": "2026-12-01T03:00:00.000Z", "mail_from": "shop@example.org",
                          "rcpt_tos": ["ann@example.org", "bcc@example.org"],
                          "requested_host": None, "requested_port": None, "requested_mode": None,
                          "tls": "plain", "user": None, "size": len(raw)}) + raw


def _crashed_segment(directory: Path, pid: int, records: list[tuple[str, bytes]],
                     tail: bytes = b"") -> Path:
    """A journal segment as a capture killed (or cut by a power failure) leaves it."""
    CaptureStore.create(directory)  # the Maildir and wl-journal/
    path = directory / segments.JOURNAL_DIR / _as_of(pid)
    blob = b"".join(segments.encode(key, data) for key, data in records) + tail
    path.write_bytes(blob + bytes(4096))  # the zeros a segment is prepared with
    return path


def _listed(directory: Path) -> dict[str, dict]:
    entries, damaged = CaptureStore.existing(directory).entries()
    assert damaged == []
    return {entry.record["subject"]: entry.record for entry in entries}


def test_records_read_back_up_to_the_first_damaged_one():
    first, second, third = (_as_of(os.getpid()) for _ in range(3))
    blob = segments.encode(first, b"one") + segments.encode(second, b"two")
    assert segments.records(blob + bytes(100)) == [(first, b"one"), (second, b"two")]
    torn = segments.encode(third, b"three")[:-1]  # the crash came in the middle of the write
    assert segments.records(blob + torn) == [(first, b"one"), (second, b"two")]
    flipped = bytearray(blob)
    flipped[-1] ^= 1  # a damaged byte: the CRC no longer matches
    later = segments.encode(third, b"three")
    assert segments.records(bytes(flipped) + later) == [(first, b"one")]  # nothing after it


def test_a_start_writes_again_what_a_power_cut_lost(mailbox_dir):
    pid = _dead_pid()
    lost, cut, kept = (_as_of(pid) for _ in range(3))
    data = {lost: _stored("lost"), cut: _stored("cut short"), kept: _stored("kept")}
    torn = segments.encode(_as_of(pid), _stored("never acknowledged"))[:-30]
    segment = _crashed_segment(mailbox_dir, pid, list(data.items()), torn)
    (mailbox_dir / "new" / cut).write_bytes(data[cut][:-40])  # the file's data was not flushed
    (mailbox_dir / "cur" / f"{kept}:2,S").write_bytes(data[kept])  # whole, moved by a mail client
    CaptureStore.create(mailbox_dir)
    assert not segment.exists()
    assert (mailbox_dir / "new" / lost).read_bytes() == data[lost]
    assert (mailbox_dir / "new" / cut).read_bytes() == data[cut]
    assert not (mailbox_dir / "new" / kept).exists()  # not duplicated
    listed = _listed(mailbox_dir)
    assert sorted(listed) == ["cut short", "kept", "lost"]  # the torn record is not replayed
    assert listed["lost"]["rcpt_tos"] == ["ann@example.org", "bcc@example.org"]


@pytest.mark.parametrize("syncfs", [True, False], ids=["one-flush-of-the-file-system", "file-by-file"])
def test_a_start_flushes_the_whole_files_of_a_killed_capture_before_removing_its_segment(
        mailbox_dir, monkeypatch, syncfs):
    """A capture killed (kill -9, not a power cut) after writing a message file and before
    flushing it leaves the file whole in new/ (or cur/) but perhaps not on disk yet: the
    next start flushes it before removing the segment, the only durable copy until then."""
    from wlinterp.mailbox import keeper, replay
    pid = _dead_pid()
    in_new, in_cur = _as_of(pid), _as_of(pid)
    data = {in_new: _stored("written"), in_cur: _stored("read")}
    segment = _crashed_segment(mailbox_dir, pid, list(data.items()))
    (mailbox_dir / "new" / in_new).write_bytes(data[in_new])
    (mailbox_dir / "cur" / f"{in_cur}:2,S").write_bytes(data[in_cur])
    events: list[str] = []
    real_sync, real_fsync, real_unlink = keeper.sync_filesystem, os.fsync, os.unlink
    monkeypatch.setattr(replay, "sync_filesystem",
                        lambda folder: syncfs and (events.append("syncfs"), real_sync(folder))[1])
    monkeypatch.setattr(os, "fsync", lambda fd: (events.append(
        os.path.basename(os.readlink(f"/proc/self/fd/{fd}"))), real_fsync(fd))[1])
    monkeypatch.setattr(os, "unlink", lambda path, *a, **k: (events.append(
        "unlink " + os.path.basename(path)), real_unlink(path, *a, **k))[1])
    replay.replay(str(mailbox_dir))
    assert not segment.exists()
    removal = events.index("unlink " + segment.name)
    if syncfs:
        assert "syncfs" in events[:removal]
    else:
        flushed = events[:removal]
        assert {in_new, f"{in_cur}:2,S", "new", "cur"} <= set(flushed), events
    assert sorted(p.name for p in (mailbox_dir / "new").iterdir()) == [in_new]  # nothing rewritten


def test_a_running_captures_segment_is_left_alone(mailbox_dir):
    key = _as_of(os.getpid())
    segment = _crashed_segment(mailbox_dir, os.getpid(), [(key, _stored("in flight"))])
    CaptureStore.create(mailbox_dir)
    assert segment.exists() and not (mailbox_dir / "new" / key).exists()


def _send(port: int, subjects: list[str]) -> None:
    with smtplib.SMTP("127.0.0.1", port, timeout=TIMEOUT) as client:
        for subject in subjects:
            client.send_message(build_message(subject))


def _wait_for_segment(store: CaptureStore) -> None:
    """The keeper prepares the first segment in the background; until then the direct way."""
    deadline = time.monotonic() + TIMEOUT
    while not (store._journal and store._journal.ready) and time.monotonic() < deadline:
        time.sleep(0.01)


def test_a_capture_goes_through_its_journal_and_stops_without_one(mailbox_dir, monkeypatch):
    from wlinterp.mailbox.commands import start_capture
    flushed: list[int] = []
    real = os.fdatasync
    monkeypatch.setattr(os, "fdatasync", lambda fd: (flushed.append(fd), real(fd))[1])
    with start_capture(str(mailbox_dir), []) as handle:
        _wait_for_segment(handle._store)
        _send(handle.plain_port, ["a", "b", "c"])
        handle.settle()  # the files are written after the 250s; reading the results waits for them
        (segment,) = [p for p in (mailbox_dir / segments.JOURNAL_DIR).iterdir()
                      if segments.records(p.read_bytes())]
        assert {key for key, _ in segments.records(segment.read_bytes())} == \
            {p.name for p in (mailbox_dir / "new").iterdir()}
        assert len(flushed) == 3  # one segment flush per message answered
    assert list((mailbox_dir / segments.JOURNAL_DIR).iterdir()) == []
    assert sorted(_listed(mailbox_dir)) == ["a", "b", "c"]


def test_full_segments_and_big_messages_take_another_way(mailbox_dir, monkeypatch):
    monkeypatch.setattr(segments, "SEGMENT_BYTES", 8192)
    monkeypatch.setattr(segments, "MAX_RECORD", 4096)
    store = CaptureStore.create(mailbox_dir)
    store.start_journal()
    _wait_for_segment(store)
    big = build_message("big")
    big.set_content("x" * 6000)
    subjects = [f"m{n}" for n in range(12)]
    for raw in [build_message(s).as_bytes() for s in subjects] + [big.as_bytes()]:
        store.store(raw, mail_from="a@example.org", rcpt_tos=["b@example.org"], tls="plain", user=None)
    store.stop_capturing()
    assert list((mailbox_dir / segments.JOURNAL_DIR).iterdir()) == []
    assert sorted(_listed(mailbox_dir)) == sorted([*subjects, "big"])


def test_clear_forgets_the_journal_of_a_stopped_capture(mailbox_dir, run_cli):
    pid = _dead_pid()
    segment = _crashed_segment(mailbox_dir, pid, [(_as_of(pid), _stored("cleared"))])
    running = _crashed_segment(mailbox_dir, os.getpid(), [(_as_of(os.getpid()), _stored("x"))])
    code, _, _ = run_cli("clear", str(mailbox_dir))
    assert code == 0 and not segment.exists() and running.exists()
    CaptureStore.create(mailbox_dir)
    assert _listed(mailbox_dir) == {}  # a cleared mailbox stays empty


@pytest.mark.parametrize("part", [segments.JOURNAL_DIR])
def test_a_linked_journal_folder_is_refused(mailbox_dir, tmp_path, part):
    CaptureStore.create(mailbox_dir)
    (mailbox_dir / part).rmdir()
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (mailbox_dir / part).symlink_to(outside)
    from wlinterp.mailbox.store import MailboxError
    with pytest.raises(MailboxError):
        CaptureStore.create(mailbox_dir)
    with pytest.raises(MailboxError):
        CaptureStore.existing(mailbox_dir).clear()


def test_a_stopped_captures_unfiled_messages_are_listed_from_its_journal(mailbox_dir, run_cli):
    """A capture answers 250 once the journal is flushed and writes the file a moment
    later: killed in between, it leaves the message in its segment only. `list` and `show`
    read it from there (changing nothing), the next capture writes it out, `clear` removes it."""
    pid = _dead_pid()
    key = _as_of(pid)
    segment = _crashed_segment(mailbox_dir, pid, [(key, _stored("journal only"))])
    before = sorted(p.name for p in mailbox_dir.rglob("*"))
    store = CaptureStore.existing(mailbox_dir)
    listed = _listed(mailbox_dir)
    assert list(listed) == ["journal only"] and listed["journal only"]["rcpt_tos"][1] == "bcc@example.org"
    assert store.raw(key) == build_message("journal only").as_bytes()
    code, out, _ = run_cli("show", str(mailbox_dir), key[:12])
    assert code == 0 and "journal only" in out
    assert sorted(p.name for p in mailbox_dir.rglob("*")) == before and segment.exists()
    code, _, _ = run_cli("clear", str(mailbox_dir))
    assert code == 0 and not segment.exists() and _listed(mailbox_dir) == {}


def test_a_running_capture_writes_the_files_and_drains_when_read(mailbox_dir, monkeypatch):
    """The keeper writes message files after the 250; reading the results (`captured`,
    `settle`) waits for them, so `raw()` of a captured message always finds its file."""
    monkeypatch.setattr(journal, "_KEEPER_WAKE", 60.0)  # files only when someone asks
    from wlinterp.mailbox import backlog, storing
    monkeypatch.setattr(backlog, "IDLE_SECONDS", 3600.0)  # ... not when the capture is idle
    monkeypatch.setattr(storing, "IDLE_SECONDS", 3600.0)
    from wlinterp.mailbox.commands import start_capture
    with start_capture(str(mailbox_dir), []) as handle:
        _wait_for_segment(handle._store)
        _send(handle.plain_port, ["a", "b"])
        assert list((mailbox_dir / "new").iterdir()) == []  # answered on the journal alone
        records = handle.captured  # drains the keeper first
        assert [r["subject"] for r in records] == ["a", "b"]
        store = CaptureStore.existing(mailbox_dir)
        assert sorted(p.name for p in (mailbox_dir / "new").iterdir()) == sorted(r["id"] for r in records)
        assert store.raw(records[0]["id"]) == build_message("a").as_bytes().replace(b"\n", b"\r\n")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_unique_names_carry_the_pid_of_the_process_that_makes_them(tmp_path):
    """The pid in a name (which `recover` and `replay` read to leave a running capture's
    files alone) is asked once, not for every message: a forked process asks again."""
    assert f"P{os.getpid()}Q" in unique_name()
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child process
        try:
            os.write(write, f"{os.getpid()} {unique_name()}".encode())
        finally:  # a failure never goes on in this copy of the test worker
            os._exit(0)
    os.close(write)
    os.waitpid(child, 0)
    pid, name = os.read(read, 1000).decode().split()
    os.close(read)
    assert int(pid) == child and f"P{child}Q" in name
