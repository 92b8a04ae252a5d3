"""fRename onto another file system (os.rename's EXDEV: a /tmp held in memory, another
disk) copies the file then removes it, as Windows moves a file to another volume; any
other failure is still fRename's (False, ErrorOccurred)."""
from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from wlinterp.runtime.state import Runtime
from stdlib_helpers import call

_real_rename = os.rename


def _cross_device(src: object, dst: object) -> None:
    raise OSError(errno.EXDEV, "Invalid cross-device link")


def test_a_rename_across_file_systems_moves_the_file(rt: Runtime, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    src, dst = tmp_path / "built.tmp", tmp_path / "final.csv"
    src.write_bytes(b"a;b\r\n")
    monkeypatch.setattr(os, "rename", _cross_device)
    assert call(rt, "fRename", str(src), str(dst)) is True
    monkeypatch.setattr(os, "rename", _real_rename)
    assert not src.exists() and dst.read_bytes() == b"a;b\r\n"


def test_other_failures_and_an_existing_destination_stay_refused(
        rt: Runtime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src, dst = tmp_path / "a.txt", tmp_path / "b.txt"
    src.write_text("a")
    dst.write_text("b")
    monkeypatch.setattr(os, "rename", _cross_device)
    assert call(rt, "fRename", str(src), str(dst)) is False  # the destination exists
    assert call(rt, "fRename", str(tmp_path / "none.txt"), str(tmp_path / "c.txt")) is False
    monkeypatch.setattr(os, "rename", _real_rename)
    assert src.read_text() == "a" and dst.read_text() == "b"
    assert not (tmp_path / "c.txt").exists()
