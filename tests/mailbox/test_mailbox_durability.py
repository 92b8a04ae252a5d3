"""A 250 from the capture means the message AND its envelope are on disk (issue 12).

The envelope travels in the message file (one fsync of the file, one of new/); the JSON
record in wl-index/ is a cache rebuilt from it. These tests lose or damage the cache, and
kill -9 a capture in the middle of a stream of messages, and check that every message
that was acknowledged is listed with its full envelope and nothing is reported damaged.
"""
from __future__ import annotations

import json
import signal
import smtplib
import threading
import time
from pathlib import Path

from wlinterp.mailbox import envelope
from wlinterp.mailbox.store import CaptureStore

from mailbox_helpers import TIMEOUT, build_message


def _deliver(directory: Path, count: int) -> list[dict]:
    store = CaptureStore.create(directory)
    return [store.deliver(build_message(f"order {n}").as_bytes(), mail_from="shop@example.org",
                          rcpt_tos=["ann@example.org", f"bcc{n}@example.org"], tls="starttls",
                          user="shop-user")
            for n in range(count)]


def _listed(directory: Path) -> dict[str, dict]:
    entries, damaged = CaptureStore.existing(directory).entries()
    assert damaged == []
    assert all(entry.indexed for entry in entries)
    return {entry.key: entry.record for entry in entries}


def test_the_message_file_holds_the_envelope_and_raw_strips_it(mailbox_dir):
    (record,) = _deliver(mailbox_dir, 1)
    stored = (mailbox_dir / "new" / record["id"]).read_bytes()
    assert stored.startswith(envelope.HEADER)
    saved, raw = envelope.split(stored)
    assert saved is not None and saved["rcpt_tos"] == record["rcpt_tos"] and saved["user"] == "shop-user"
    assert CaptureStore.existing(mailbox_dir).raw(record["id"]) == raw
    assert raw == build_message("order 0").as_bytes() and record["size"] == len(raw)


def test_lost_records_are_rebuilt_from_the_messages(mailbox_dir):
    records = _deliver(mailbox_dir, 3)
    for path in (mailbox_dir / "wl-index").glob("*.json"):
        path.unlink()
    assert _listed(mailbox_dir) == {r["id"]: r for r in records}


def test_damaged_or_altered_records_give_way_to_the_message(mailbox_dir):
    first, second = _deliver(mailbox_dir, 2)
    (mailbox_dir / "wl-index" / f"{first['id']}.json").write_text("{not json")
    altered = dict(second, rcpt_tos=["someone-else@example.org"])
    (mailbox_dir / "wl-index" / f"{second['id']}.json").write_text(json.dumps(altered))
    assert _listed(mailbox_dir) == {first["id"]: first, second["id"]: second}


def test_a_truncated_message_is_still_reported(mailbox_dir):
    (record,) = _deliver(mailbox_dir, 1)
    path = mailbox_dir / "new" / record["id"]
    path.write_bytes(path.read_bytes()[:-10])
    entries, damaged = CaptureStore.existing(mailbox_dir).entries()
    assert entries == [] and "truncated or modified" in str(damaged[0])


def _stream(port: int, acknowledged: list[str], stop: threading.Event, worker: int) -> None:
    """Send until the server dies; remember the subject of each message answered 250."""
    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=TIMEOUT) as client:
            for n in range(100_000):
                if stop.is_set():
                    return
                subject = f"w{worker} m{n}"
                client.sendmail("shop@example.org", ["ann@example.org", f"bcc{worker}@example.org"],
                                build_message(subject).as_bytes())
                acknowledged.append(subject)
    except (OSError, smtplib.SMTPException):
        return  # the server was killed: whatever had no 250 may or may not be stored


def test_kill_9_in_the_middle_of_a_stream_loses_no_acknowledged_message(serve_process, mailbox_dir):
    server = serve_process("--dir", str(mailbox_dir), "--port", "0")
    port = server.port("SMTP")
    acknowledged: list[str] = []
    stop = threading.Event()
    senders = [threading.Thread(target=_stream, args=(port, acknowledged, stop, w)) for w in range(3)]
    for thread in senders:
        thread.start()
    deadline = time.monotonic() + TIMEOUT
    while len(acknowledged) < 30 and time.monotonic() < deadline:
        time.sleep(0.01)
    server.proc.send_signal(signal.SIGKILL)  # mid-stream: sessions are writing right now
    server.proc.wait(timeout=TIMEOUT)
    stop.set()
    for thread in senders:
        thread.join(TIMEOUT)
    assert len(acknowledged) >= 30
    listed = _listed(mailbox_dir)
    subjects = {record["subject"]: record for record in listed.values()}
    for subject in acknowledged:
        record = subjects[subject]  # every 250 is there, with its whole envelope
        worker = subject.split()[0][1:]
        assert record["rcpt_tos"] == ["ann@example.org", f"bcc{worker}@example.org"]
        assert record["mail_from"] == "shop@example.org" and record["tls"] == "plain"
    assert len(listed) <= len(acknowledged) + 3  # at most one unanswered message per session


def test_batch_records_are_read_and_a_damaged_batch_gives_way_to_the_messages(mailbox_dir):
    """A capture writes the records of a batch of messages into one file (store.py,
    `cache_records`); readers take them from there, and a damaged line or file only
    means the records are rebuilt from the messages' envelope lines."""
    records = _deliver(mailbox_dir, 3)
    for path in (mailbox_dir / "wl-index").glob("*.json"):
        path.unlink()
    store = CaptureStore.existing(mailbox_dir)
    altered = [dict(r, subject=f"from the batch {n}") for n, r in enumerate(records)]
    store.cache_records(altered[:2])
    (batch,) = (mailbox_dir / "wl-index").glob("*.jsonl")
    assert _listed(mailbox_dir) == {r["id"]: r for r in altered[:2] + records[2:]}
    batch.write_text(batch.read_text().replace('"from the batch 0"', "not json"))
    assert _listed(mailbox_dir) == {r["id"]: r for r in records[:1] + altered[1:2] + records[2:]}
