"""High: `wl mailbox list/show/clear` never follow a link out of the capture folder (issue 12)."""

from __future__ import annotations

import os
import shutil
from email.message import EmailMessage
from pathlib import Path

import pytest

from wlinterp.mailbox.store import CaptureStore


def _message(subject: str) -> bytes:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "a@example.org", "b@example.org", subject
    message.set_content("body\n")
    return message.as_bytes()


@pytest.fixture
def box(tmp_path: Path) -> tuple[Path, list[str]]:
    """A capture folder with two stored messages and their records."""
    store = CaptureStore.create(tmp_path / "box")
    keys = [store.deliver(_message(f"m{n}"), mail_from="a@example.org", rcpt_tos=["b@example.org"],
                          tls="plain", user=None)["id"] for n in range(2)]
    return tmp_path / "box", keys


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """A directory outside the capture folder holding files a clear must never touch."""
    folder = tmp_path / "precious"
    folder.mkdir()
    for name in (".bashrc", "notes.txt", "1700000000.M1P1Q1.host", "1700000000.M1P1Q1.host.json"):
        (folder / name).write_text("keep me")
    return folder


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("part", ["cur", "new", "wl-index", "tmp"])
@pytest.mark.parametrize("command", ["list", "clear", "show"])
def test_a_linked_subfolder_is_refused_and_nothing_outside_is_touched(box, victim, wl_inproc, part, command):
    directory, keys = box
    target = directory / part
    if part == "new":  # keep the messages, just somewhere else inside DIR
        for child in list(target.iterdir()):
            child.rename(directory / "cur" / child.name)
    shutil.rmtree(target)
    target.symlink_to(victim, target_is_directory=True)
    before = {name: (victim / name).read_text() for name in _files(victim)}
    args = [command, str(directory)] + ([keys[0][:10]] if command == "show" else [])
    code, out, err = wl_inproc("mailbox", *args)
    assert code == 1, (out, err)
    assert err.count("\n") == 1 and err.startswith("wl: error: ")
    assert f"{part}/ is a symbolic link" in err and "Traceback" not in err
    assert {name: (victim / name).read_text() for name in _files(victim)} == before


def test_clear_removes_only_messages_it_could_have_written(box, wl_inproc):
    directory, keys = box
    strangers = [directory / "cur" / ".hidden", directory / "cur" / "README",
                 directory / "new" / ".1700000000.dot", directory / "wl-index" / "notes.json",
                 directory / "wl-index" / ".profile", directory / "wl-index" / "notes.jsonl"]
    for path in strangers:
        path.write_text("not a message")
    CaptureStore.existing(directory).cache_records([])  # nothing: no file
    CaptureStore.existing(directory).cache_records([{"id": keys[0]}])  # a batch file
    assert len(list((directory / "wl-index").glob("1*.jsonl"))) == 1
    code, out, err = wl_inproc("mailbox", "clear", str(directory))
    assert (code, err) == (0, "")
    assert "Removed 2 messages" in out
    assert all(path.read_text() == "not a message" for path in strangers)
    assert not any((directory / "new" / key).exists() for key in keys)
    assert list((directory / "wl-index").glob("1*.json")) == []
    assert list((directory / "wl-index").glob("1*.jsonl")) == []


def test_a_message_file_that_is_a_link_is_reported_not_followed_nor_removed(box, victim, wl_inproc):
    directory, keys = box
    secret = victim / "notes.txt"
    link = directory / "cur" / "1700000001.M2P2Q2.evil"
    link.symlink_to(secret)
    code, out, err = wl_inproc("mailbox", "show", str(directory), "1700000001")
    assert code == 1 and "keep me" not in out and "symbolic link is never followed" in err
    code, out, err = wl_inproc("mailbox", "list", str(directory))
    assert code == 1 and keys[0] in out and "1700000001.M2P2Q2.evil" in err
    code, out, err = wl_inproc("mailbox", "clear", str(directory))
    assert code == 0 and os.path.islink(link) and secret.read_text() == "keep me"


def test_a_linked_index_record_is_not_read(box, tmp_path, wl_inproc):
    directory, keys = box
    record = directory / "wl-index" / f"{keys[0]}.json"
    record.unlink()
    outside = tmp_path / "outside.json"
    outside.write_text('{"secret": "do not read"}')
    record.symlink_to(outside)
    code, out, err = wl_inproc("mailbox", "list", "--json", str(directory))
    assert "do not read" not in out + err
    # the link is never followed; the record is rebuilt from the message's envelope line
    assert code == 0 and keys[0] in out and keys[1] in out and "secret" not in out
    wl_inproc("mailbox", "clear", str(directory))
    assert outside.read_text() == '{"secret": "do not read"}'
