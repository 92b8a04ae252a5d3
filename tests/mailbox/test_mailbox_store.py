"""The capture directory: concurrent captures, damaged entries, foreign mail, clear."""

from __future__ import annotations

import hashlib
import json
import mailbox
import smtplib
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from wlinterp.mailbox.commands import start_capture
from wlinterp.mailbox.store import CaptureStore, CorruptEntryError, MailboxError

from mailbox_helpers import TIMEOUT, build_message, index_records

PER_WRITER = 8

_WRITER = """
import smtplib, sys
from email.message import EmailMessage
from wlinterp.mailbox.commands import start_capture
with start_capture(sys.argv[1], []) as handle:
    for n in range(int(sys.argv[2])):
        message = EmailMessage()
        message["From"], message["To"] = "proc@example.org", "ann@example.org"
        message["Subject"] = f"{sys.argv[3]} {n}"
        message.set_content("x")
        with smtplib.SMTP(handle.host, handle.plain_port, timeout=10) as client:
            client.send_message(message)
"""


def _send_many(handle, label: str, count: int) -> None:
    for n in range(count):
        with smtplib.SMTP(handle.host, handle.plain_port, timeout=10) as client:
            client.send_message(build_message(f"{label} {n}"))


def _subjects(directory: Path) -> list[str]:
    entries, damaged = CaptureStore.existing(directory).entries()
    assert damaged == []
    return sorted(entry.record["subject"] for entry in entries)


def test_two_threads_capturing_into_one_dir_lose_nothing(mailbox_dir):
    handles = [start_capture(str(mailbox_dir), []) for _ in range(2)]
    try:
        threads = [threading.Thread(target=_send_many, args=(h, f"t{i}", PER_WRITER))
                   for i, h in enumerate(handles)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(TIMEOUT * 3)
        assert not any(thread.is_alive() for thread in threads)
    finally:
        for handle in handles:
            handle.close()
    expected = sorted(f"t{i} {n}" for i in range(2) for n in range(PER_WRITER))
    assert _subjects(mailbox_dir) == expected
    assert len(index_records(mailbox_dir)) == 2 * PER_WRITER


def test_two_processes_capturing_into_one_dir_lose_nothing(mailbox_dir):
    writers = [subprocess.Popen([sys.executable, "-c", _WRITER, str(mailbox_dir), str(PER_WRITER), f"p{i}"])
               for i in range(2)]
    for writer in writers:
        assert writer.wait(timeout=TIMEOUT * 3) == 0
    expected = sorted(f"p{i} {n}" for i in range(2) for n in range(PER_WRITER))
    assert _subjects(mailbox_dir) == expected
    assert list((mailbox_dir / "tmp").iterdir()) == []


def _captured(mailbox_dir: Path, count: int) -> list[str]:
    with start_capture(str(mailbox_dir), []) as handle:
        _send_many(handle, "order", count)
        return [record["id"] for record in handle.captured]


def _snapshot(directory: Path) -> dict[str, str]:
    return {str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.rglob("*")) if p.is_file()}


@pytest.fixture
def damaged_box(mailbox_dir):
    """Four messages: one from another tool (no envelope line) with a garbage index record,
    one truncated, one a dangling link."""
    keys = _captured(mailbox_dir, 3)
    keys.insert(0, mailbox.Maildir(str(mailbox_dir), create=False).add(
        build_message("from elsewhere").as_bytes()))
    (mailbox_dir / "wl-index" / f"{keys[0]}.json").write_text("{not json")
    message_file = mailbox_dir / "new" / keys[1]
    message_file.write_bytes(message_file.read_bytes()[:40])
    dangling = mailbox_dir / "new" / "1700000000.M1P1Q1.gone"
    dangling.symlink_to(mailbox_dir / "does-not-exist")
    return mailbox_dir, keys


def test_damaged_entries_are_reported_and_the_rest_listed(damaged_box, run_cli):
    directory, keys = damaged_box
    before = _snapshot(directory)
    code, out, err = run_cli("list", str(directory))
    assert code == 1
    assert keys[2] in out and keys[3] in out
    assert keys[0] not in out and keys[1] not in out
    lines = err.strip().splitlines()
    assert len(lines) == 3 and all(line.startswith("wl: error: ") for line in lines)
    assert any("is not valid JSON" in line for line in lines)
    assert any("truncated or modified" in line for line in lines)
    assert any("cannot read the message file" in line for line in lines)
    assert "Traceback" not in err
    assert _snapshot(directory) == before


def test_show_of_a_damaged_entry_is_a_clear_error(damaged_box, run_cli):
    directory, keys = damaged_box
    before = _snapshot(directory)
    code, out, err = run_cli("show", str(directory), keys[0])
    assert code == 1 and out == ""
    assert err.startswith("wl: error: message ") and "not valid JSON" in err
    assert run_cli("show", str(directory), keys[2])[0] == 0
    assert _snapshot(directory) == before


def test_capturing_into_a_damaged_dir_still_works(damaged_box):
    directory, keys = damaged_box
    new_keys = _captured(directory, 1)
    entries, damaged = CaptureStore.existing(directory).entries()
    assert {e.key for e in entries} == {keys[2], keys[3], *new_keys}
    assert len(damaged) == 3


@pytest.mark.parametrize("record, problem", [
    ([], "not a JSON object"),
    ({"id": "x"}, "no 'time'"),
])
def test_index_record_shape_is_checked(mailbox_dir, record, problem):
    """Checked for mail without an envelope line; a capture's own message rebuilds its
    record from that line instead (test_mailbox_durability.py)."""
    CaptureStore.create(mailbox_dir)
    key = mailbox.Maildir(str(mailbox_dir), create=False).add(build_message().as_bytes())
    (mailbox_dir / "wl-index" / f"{key}.json").write_text(json.dumps(record))
    with pytest.raises(CorruptEntryError, match=problem):
        CaptureStore.existing(mailbox_dir).entry(key)


def test_mail_from_another_tool_is_listed_from_its_headers(mailbox_dir):
    CaptureStore.create(mailbox_dir)
    key = mailbox.Maildir(str(mailbox_dir), create=False).add(
        build_message("from elsewhere", attachment=True).as_bytes())
    entries, damaged = CaptureStore.existing(mailbox_dir).entries()
    assert damaged == []
    (entry,) = entries
    assert entry.key == key and not entry.indexed
    assert entry.record["mail_from"] == "shop@example.org"
    assert entry.record["rcpt_tos"] == ["ann@example.org"]
    assert entry.record["subject"] == "from elsewhere"
    assert entry.record["attachments"] == 1 and entry.record["tls"] is None


def test_clear_removes_messages_and_records_only(mailbox_dir, run_cli):
    _captured(mailbox_dir, 3)
    (mailbox_dir / "notes.txt").write_text("mine")
    code, out, _ = run_cli("clear", str(mailbox_dir))
    assert code == 0 and "Removed 3 messages" in out
    assert len(mailbox.Maildir(str(mailbox_dir), create=False)) == 0
    assert list((mailbox_dir / "wl-index").iterdir()) == []
    assert (mailbox_dir / "notes.txt").read_text() == "mine"
    assert all((mailbox_dir / part).is_dir() for part in ("tmp", "new", "cur"))


def test_clear_refuses_a_directory_that_is_not_a_mailbox(tmp_path, run_cli):
    (tmp_path / "precious.txt").write_text("keep")
    code, _, err = run_cli("clear", str(tmp_path))
    assert code == 1 and "is not a capture mailbox" in err
    assert (tmp_path / "precious.txt").exists()


def test_resolve_by_unique_prefix(mailbox_dir):
    keys = _captured(mailbox_dir, 2)
    store = CaptureStore.existing(mailbox_dir)
    assert store.resolve(keys[0]) == keys[0]
    distinct = next(i for i in range(len(keys[0])) if keys[0][i] != keys[1][i])
    assert store.resolve(keys[1][: distinct + 1]) == keys[1]
    with pytest.raises(MailboxError, match="matches 2 messages"):
        store.resolve(keys[0][:distinct])
    with pytest.raises(MailboxError, match="no message"):
        store.resolve("../../etc/passwd")
