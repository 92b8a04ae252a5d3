"""zip* functions: what goldens cannot build (a hostile archive, a damaged tar)."""
from __future__ import annotations

import tarfile
import zipfile
from pathlib import Path

import pytest

from wlinterp.runtime.state import Runtime
from stdlib_helpers import call, const


def test_a_stored_path_leaving_the_folder_is_refused(rt: Runtime, tmp_path: Path) -> None:
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("../escaped.txt", "x")
        z.writestr("/absolute.txt", "y")
    out = tmp_path / "out"
    assert call(rt, "zipOpen", "E", str(archive)) == 0
    assert call(rt, "zipExtractAll", "E", str(out)) == 9
    assert call(rt, "zipExtractFile", "E", 2, str(out)) == 9
    assert not (tmp_path / "escaped.txt").exists() and not Path("/absolute.txt").exists()
    assert "leaves the extraction folder" in str(call(rt, "zipMsgError", 9))


def test_tar_written_is_read_by_other_tools(rt: Runtime, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("alpha")
    archive = tmp_path / "t.tar.gz"
    assert call(rt, "zipCreate", "T", str(archive)) == 0
    assert call(rt, "zipAddFile", "T", str(tmp_path / "a.txt")) == 0
    assert call(rt, "zipAddFile", "T", str(tmp_path / "a.txt")) == 0  # replaced, not doubled
    with tarfile.open(archive) as t:
        assert t.getnames() == ["a.txt"]
        assert t.extractfile("a.txt").read() == b"alpha"  # type: ignore[union-attr]


def test_a_damaged_archive_and_other_formats_give_their_codes(rt: Runtime,
                                                              tmp_path: Path) -> None:
    (tmp_path / "bad.tgz").write_bytes(b"\x1f\x8b\x08garbage")
    assert call(rt, "zipOpen", "B", str(tmp_path / "bad.tgz")) == 3
    for ext in ("wdz", "cab", "rar", "7z", "gz", "exe"):
        assert call(rt, "zipCreate", "B", str(tmp_path / f"x.{ext}")) == 5
        assert not (tmp_path / f"x.{ext}").exists()


def test_zip_none_extracts_into_the_current_folder_without_the_tree(
        rt: Runtime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = tmp_path / "n.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("docs/sub/x.txt", "x")
    monkeypatch.chdir(tmp_path)
    assert call(rt, "zipOpen", "N", str(archive)) == 0
    assert call(rt, "zipExtractDirectory", "N", "docs", const("zipNone")) == 0
    assert (tmp_path / "x.txt").read_text() == "x"
    assert call(rt, "zipExtractDirectory", "N", "docs\\sub") == 0  # default: zipNone too
