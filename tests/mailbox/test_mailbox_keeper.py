"""The journal's keeper: message files written after the 250, made durable by groups
(keeper.py, journal.py).

A segment of the journal may be removed only once every message it holds is durable as a
file, with the folder entry naming it. The keeper flushes the files of many messages at
once: one flush of the whole file system (`syncfs`) where the system has one, else each
file and then the folders. Both ways are checked here against what really happens on
disk: the flushes are watched and the segment's removal checked at the moment it happens.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from wlinterp.mailbox import journal, keeper, segments
from wlinterp.mailbox.store import CaptureStore

from mailbox_helpers import TIMEOUT, build_message


def _wait_for_segment(store: CaptureStore) -> None:
    """The keeper prepares the first segment in the background; until then the direct way."""
    deadline = time.monotonic() + TIMEOUT
    while not (store._journal and store._journal.ready) and time.monotonic() < deadline:
        time.sleep(0.01)


def _store(store: CaptureStore, subject: str) -> str:
    return store.store(build_message(subject).as_bytes(), mail_from="a@example.org",
                       rcpt_tos=["b@example.org"], tls="plain", user=None)[0]


def _count_flushes(monkeypatch: pytest.MonkeyPatch, box: Path) -> list[int]:
    """Each flush of the file system from now on, as the number of files in new/ then."""
    calls: list[int] = []
    real = keeper.sync_filesystem
    monkeypatch.setattr(keeper, "sync_filesystem",
                        lambda folder: (calls.append(len(os.listdir(box / "new"))), real(folder))[1])
    return calls


def _journal_store(box: Path, monkeypatch: pytest.MonkeyPatch, *, wake: float) -> CaptureStore:
    """A store capturing through its journal, whose keeper sees a pause after `wake` s."""
    monkeypatch.setattr(journal, "_KEEPER_WAKE", wake)
    store = CaptureStore.create(box)
    store.start_journal()
    _wait_for_segment(store)
    return store


def _listed(box: Path) -> list[str]:
    return sorted(e.record["subject"] for e in CaptureStore.existing(box).entries()[0])


class _Watch:
    """Records each flush of the whole file system (with the message files in new/ and
    cur/ at that moment) and each file flush; checks every segment removal against them."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, box: Path, *, syncfs: bool) -> None:
        self.box = box
        self.covered: set[str] = set()  # message keys in new/ or cur/ at a whole flush
        self.flushed: list[str] = []  # paths flushed one by one, in order
        self.removed: list[list[str]] = []
        real_sync, real_fsync, real_unlink = keeper.sync_filesystem, os.fsync, os.unlink

        def sync_filesystem(folder: str) -> bool:
            if not syncfs:
                return False
            present = {p.name.split(":", 1)[0] for sub in ("new", "cur") for p in (box / sub).iterdir()}
            done = real_sync(folder)
            assert done, "this test needs a system with syncfs"
            self.covered |= present
            return done

        def fsync(fd: int) -> None:
            self.flushed.append(os.readlink(f"/proc/self/fd/{fd}"))
            real_fsync(fd)

        def unlink(path, *args, **kwargs) -> None:
            if f"/{segments.JOURNAL_DIR}/" in os.fspath(path):
                self.check_retired([key for key, _ in segments.records(Path(path).read_bytes())])
            real_unlink(path, *args, **kwargs)

        monkeypatch.setattr(keeper, "sync_filesystem", sync_filesystem)
        monkeypatch.setattr(os, "fsync", fsync)
        monkeypatch.setattr(os, "unlink", unlink)

    def check_retired(self, keys: list[str]) -> None:
        """A segment is removed: each of its messages was made durable before."""
        folders = {str((self.box / sub).resolve()) for sub in ("new", "cur")}
        if not all(key in self.covered for key in keys):  # then file by file, then its folder
            for key in keys:
                where = [n for n, path in enumerate(self.flushed)
                         if os.path.basename(path).split(":", 1)[0] == key]
                assert where, key
                folder = os.path.dirname(self.flushed[where[0]])
                assert folder in folders and folder in self.flushed[where[0] + 1:], key
        self.removed.append(keys)


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc to name a descriptor's file")
@pytest.mark.parametrize("syncfs", [True, False], ids=["one-flush-of-the-file-system", "file-by-file"])
def test_a_segment_is_removed_only_after_its_messages_are_durable_as_files(mailbox_dir, monkeypatch, syncfs):
    if syncfs and keeper._syncfs() is None:
        pytest.skip("this system has no syncfs")
    monkeypatch.setattr(segments, "SEGMENT_BYTES", 8192)  # a few segments fill up and retire
    monkeypatch.setattr(segments, "MAX_RECORD", 2048)
    store = CaptureStore.create(mailbox_dir)
    store.start_journal()
    _wait_for_segment(store)
    watch = _Watch(monkeypatch, mailbox_dir, syncfs=syncfs)
    for n in range(20):
        _store(store, f"m{n}")
    store.stop_capturing()
    assert watch.removed and len(watch.removed[0]) >= 4  # a segment filled up and retired
    assert list((mailbox_dir / segments.JOURNAL_DIR).iterdir()) == []
    assert _listed(mailbox_dir) == sorted(f"m{n}" for n in range(20))
    if syncfs:
        assert not any("/new/" in path for path in watch.flushed)  # no file flushed alone


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc to name a descriptor's file")
@pytest.mark.parametrize("files_first", [True, False], ids=["serve", "run"])
def test_a_message_moved_into_cur_before_its_flush_is_flushed_there(mailbox_dir, monkeypatch, files_first):
    """File by file (no syncfs): a mail client may move a message into cur/ (adding flags)
    before the keeper flushes it; its segment is retired all the same, so the file must
    be flushed where it is, and cur/ after it."""
    monkeypatch.setattr(journal, "_KEEPER_WAKE", 60.0)  # the keeper flushes only at the stop
    store = CaptureStore.create(mailbox_dir)
    store.start_journal(files_first=files_first)  # serve: the file in new/ before the 250
    _wait_for_segment(store)
    watch = _Watch(monkeypatch, mailbox_dir, syncfs=False)
    key = _store(store, "read early")
    assert watch.flushed == []  # answered on the journal's flush alone
    store.sync_renames()  # the file is in new/ (written by the keeper for `run`)
    assert watch.flushed == []  # ... and still not flushed: that waits for a pause
    moved = mailbox_dir / "cur" / f"{key}:2,S"
    os.rename(mailbox_dir / "new" / key, moved)
    store.stop_capturing()
    cur = str((mailbox_dir / "cur").resolve())
    assert str(moved.resolve()) in watch.flushed
    assert cur in watch.flushed[watch.flushed.index(str(moved.resolve())) + 1:]
    assert list((mailbox_dir / segments.JOURNAL_DIR).iterdir()) == []
    assert _listed(mailbox_dir) == ["read early"]


def test_files_are_made_durable_when_the_capture_pauses_not_per_message(mailbox_dir, monkeypatch):
    """While messages keep coming the keeper only writes files (no flush competing with
    the reply path's); a pause of `_KEEPER_WAKE` makes them durable, all at once."""
    calls = _count_flushes(monkeypatch, mailbox_dir)
    store = _journal_store(mailbox_dir, monkeypatch, wake=0.3)
    for n in range(5):
        _store(store, f"p{n}")
    store.sync_renames()  # every file written into new/
    assert len(os.listdir(mailbox_dir / "new")) == 5 and calls == []
    deadline = time.monotonic() + TIMEOUT
    while not calls and time.monotonic() < deadline:  # the pause
        time.sleep(0.05)
    assert calls == [5]  # one flush for the five
    store.stop_capturing()
    assert list((mailbox_dir / segments.JOURNAL_DIR).iterdir()) == []


def test_a_stream_leaves_the_files_for_its_pause(mailbox_dir, monkeypatch):
    """While messages keep coming the keeper writes no file (a Python thread working
    beside the event loop makes every one of the loop's system calls wait for the
    interpreter lock); the pause after the stream writes them all and makes them durable
    with one flush."""
    calls = _count_flushes(monkeypatch, mailbox_dir)
    store = _journal_store(mailbox_dir, monkeypatch, wake=0.5)
    began = time.monotonic()
    for n in range(6):
        _store(store, f"s{n}")
    streamed = time.monotonic() - began
    if streamed < 0.4:  # (a machine too busy to store six messages in that time proves nothing)
        assert os.listdir(mailbox_dir / "new") == [] and calls == []  # acknowledged on the journal alone
    deadline = time.monotonic() + TIMEOUT
    while not calls and time.monotonic() < deadline:  # the pause
        time.sleep(0.05)
    assert len(os.listdir(mailbox_dir / "new")) == 6
    assert calls[0] == 6  # written at once, then made durable together
    store.stop_capturing()
    assert list((mailbox_dir / segments.JOURNAL_DIR).iterdir()) == []
    assert _listed(mailbox_dir) == [f"s{n}" for n in range(6)]


def test_a_stream_that_never_pauses_gets_its_files_once_too_many_wait(mailbox_dir, monkeypatch):
    """No pause ever (the keeper's wait made endless here): once `_HURRY_ITEMS` messages
    wait for their files, the keeper writes them without waiting for a pause."""
    monkeypatch.setattr(journal, "_HURRY_ITEMS", 4)
    store = _journal_store(mailbox_dir, monkeypatch, wake=3600.0)
    for n in range(3):
        _store(store, f"h{n}")
    time.sleep(0.2)
    assert os.listdir(mailbox_dir / "new") == []  # three wait: fewer than the limit
    _store(store, "h3")
    deadline = time.monotonic() + TIMEOUT
    while len(os.listdir(mailbox_dir / "new")) < 4 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert len(os.listdir(mailbox_dir / "new")) == 4
    store.stop_capturing()
    assert _listed(mailbox_dir) == [f"h{n}" for n in range(4)]


def _file_items(n: int) -> list[keeper.Item]:
    return [(None, f"17000000{k:02d}.M1P1Q{k}.test", build_message(f"u{k}").as_bytes()) for k in range(n)]


@pytest.mark.skipif(not keeper._UNNAMED, reason="this system has no unnamed files (O_TMPFILE)")
def test_message_files_are_written_unnamed_then_named_in_new(mailbox_dir, monkeypatch):
    """Where the system can, a message file is made with no name in new/ and named
    there once whole: no entry in tmp/, no rename, nothing half-written ever named."""
    CaptureStore.create(mailbox_dir)
    renames: list[str] = []
    real_rename = os.rename
    monkeypatch.setattr(os, "rename", lambda a, b, **kw: (renames.append(a), real_rename(a, b, **kw))[1])
    writer = keeper.FileWriter(str(mailbox_dir))
    assert writer.unnamed
    items = _file_items(3)
    assert writer.write(items) == items
    writer.close()
    assert renames == [] and os.listdir(mailbox_dir / "tmp") == []
    for _, key, data in items:
        assert (mailbox_dir / "new" / key).read_bytes() == data
        assert (mailbox_dir / "new" / key).stat().st_mode & 0o777 == 0o600


def test_a_file_system_without_unnamed_files_goes_through_tmp(mailbox_dir, monkeypatch):
    """A file system that refuses unnamed files (EOPNOTSUPP): the writer goes through
    tmp/ and a rename from then on, and every file still arrives whole."""
    import errno

    CaptureStore.create(mailbox_dir)
    refused: list[int] = []
    real_open = os.open

    def no_unnamed(path, flags, *args, **kwargs):
        if keeper._UNNAMED and flags & keeper._UNNAMED == keeper._UNNAMED:
            refused.append(flags)
            raise OSError(errno.EOPNOTSUPP, "not on this file system")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", no_unnamed)
    writer = keeper.FileWriter(str(mailbox_dir))
    items = _file_items(3)
    assert writer.write(items) == items
    writer.close()
    assert not writer.unnamed and len(refused) == (1 if keeper._UNNAMED else 0)  # tried once
    assert os.listdir(mailbox_dir / "tmp") == []
    assert sorted(os.listdir(mailbox_dir / "new")) == sorted(key for _, key, _ in items)
