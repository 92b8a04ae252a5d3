"""fCopyDir on a folder holding symbolic links and special files (POSIX): a link is
copied as a link, so a link to a folder above cannot run the copy down a loop; a file
that cannot be copied (a named pipe) fails the copy with one sentence naming it, not
the Python list of every failure with its host paths (docs/builtins.md "fCopyDir and
symbolic links")."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from wlinterp.runtime.state import Runtime
from stdlib_helpers import call

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX links and pipes")


def test_a_link_to_a_folder_above_is_copied_as_a_link(rt: Runtime, tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text("a")
    os.symlink("..", src / "sub" / "up")
    dst = tmp_path / "dst"
    assert call(rt, "fCopyDir", str(src), str(dst)) is True
    assert (dst / "a.txt").read_text() == "a"
    assert os.readlink(dst / "sub" / "up") == ".."
    copied = [p for p in dst.rglob("*")]  # (rglob does not follow the link)
    assert len(copied) == 3  # a.txt, sub, sub/up: the loop was not walked down


def test_a_file_that_cannot_be_copied_is_named_in_one_sentence(rt: Runtime,
                                                               tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("a")
    os.mkfifo(src / "pipe")
    assert call(rt, "fCopyDir", str(src), str(tmp_path / "dst")) is False
    info = call(rt, "ErrorInfo")
    assert info == f"fCopyDir: cannot copy the folder '{src}': 'pipe': `pipe` is a named " \
        "pipe."
    assert "[(" not in info and len(info) < 300
    assert (tmp_path / "dst" / "a.txt").read_text() == "a"
