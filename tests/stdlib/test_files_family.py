"""Files family: Windows paths on POSIX, encodings as WINDEV reads them, error convention."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from stdlib_helpers import call, const
from wlinterp.runtime.state import Runtime
from wlinterp.stdlib.paths import native_path


@pytest.mark.skipif(os.sep != "/", reason="the mapping applies on POSIX only")
def test_windows_paths_are_mapped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WL_DRIVE_ROOT", raising=False)
    assert native_path("C:\\Temp\\a.txt") == "/Temp/a.txt"
    assert native_path("Data\\a.txt") == "Data/a.txt"
    assert native_path("\\\\server\\share\\x") == "//server/share/x"
    monkeypatch.setenv("WL_DRIVE_ROOT", "/sandbox")
    assert native_path("c:\\Temp\\a.txt") == "/sandbox/Temp/a.txt"


def test_drive_root_lets_ported_code_write_in_a_sandbox(
        rt: Runtime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WL_DRIVE_ROOT", str(tmp_path))
    assert call(rt, "fMakeDir", "C:\\Export\\2025") is True
    assert call(rt, "fSaveBuffer", "C:\\Export\\2025\\a.csv", "x;y") is True
    assert (tmp_path / "Export" / "2025" / "a.csv").read_bytes() == b"x;y"


@pytest.mark.parametrize("raw, text", [
    (b"\xef\xbb\xbfcaf\xc3\xa9\r\n", "café"),          # UTF-8 with BOM
    (b"\xff\xfe" + "café\r\n".encode("utf-16-le"), "café"),  # UTF-16 LE with BOM
    (b"caf\xe9\n", "café"),                             # ANSI (Windows-1252)
    (b"caf\xc3\xa9\n", "café"),                         # UTF-8 without BOM
])
def test_read_line_encodings(rt: Runtime, tmp_path: Path, raw: bytes, text: str) -> None:
    p = tmp_path / "f.txt"
    p.write_bytes(raw)
    h = call(rt, "fOpen", str(p), const("foRead"))
    assert call(rt, "fReadLine", h) == text


def test_bad_paths_are_non_fatal(rt: Runtime) -> None:
    for fname, args, value in [("fOpen", ("a\0b",), -1), ("fSize", ("a\0b",), -1),
                               ("fLoadBuffer", ("a\0b",), ""), ("fMakeDir", ("a\0b",), False),
                               ("fCopyFile", ("a\0b", "c"), False)]:
        assert call(rt, fname, *args) == value
        assert rt.error_occurred, fname


def test_handles_are_closed_at_the_end(tmp_path: Path) -> None:
    rt = Runtime()
    h = call(rt, "fCreate", str(tmp_path / "x"))
    stream = rt.state["files"][h].stream
    rt.finish()
    assert stream.closed


def test_automatic_deletion_when_the_program_ends_without_closing(
        rt: Runtime, tmp_path: Path) -> None:
    """foAutomaticDeletion (?1410090211): a file left open is deleted when the program
    ends; one without the option stays."""
    doomed, kept = tmp_path / "work.tmp", tmp_path / "kept.txt"
    assert call(rt, "fCreate", str(doomed), const("foAutomaticDeletion")) > 0
    assert call(rt, "fCreate", str(kept)) > 0
    assert doomed.exists()
    rt.finish()
    assert not doomed.exists() and kept.exists()


@pytest.mark.skipif(os.sep != "/", reason="the mapping applies on POSIX only")
def test_a_network_path_stays_in_the_drive_root_sandbox(
        rt: Runtime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`\\\\Server\\Share\\...` under WL_DRIVE_ROOT is `<root>/Server/Share/...`, as a
    drive letter is, its `..` kept inside (it wrote to the host's /Server/Share)."""
    root = tmp_path / "root"
    root.mkdir()
    monkeypatch.setenv("WL_DRIVE_ROOT", str(root))
    assert call(rt, "fMakeDir", "\\\\Srv\\Share\\Export") is True
    assert call(rt, "fSaveText", "\\\\Srv\\Share\\Export\\a.csv", "x;y") is True
    assert call(rt, "fSauveTexte", "\\\\Srv\\Share\\..\\..\\..\\b.csv", "z") is True
    assert (root / "Srv" / "Share" / "Export" / "a.csv").read_text() == "x;y"
    assert (root / "b.csv").read_text() == "z"
    assert call(rt, "fLoadText", "\\\\SRV\\share\\export\\A.CSV") == "x;y"
    assert call(rt, "fChargeTexte", "\\\\Srv\\Share\\Export\\a.csv") == "x;y"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["root"]


@pytest.mark.skipif(os.sep != "/", reason="the mapping applies on POSIX only")
def test_a_path_from_the_current_drives_root_stays_in_the_sandbox(
        rt: Runtime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`\\Export\\a.csv` (the current drive's root) under WL_DRIVE_ROOT is
    `<root>/Export/a.csv`, where `C:\\Export\\a.csv` goes, its `..` kept inside: it read
    and wrote the host's /Export, and `\\..\\..\\x` climbed out of the sandbox."""
    root = tmp_path / "root"
    root.mkdir()
    (tmp_path / "secret.txt").write_text("host")
    monkeypatch.setenv("WL_DRIVE_ROOT", str(root))
    host = "\\" + str(tmp_path).lstrip("/").replace("/", "\\")
    assert call(rt, "fLoadText", host + "\\secret.txt") == ""
    assert call(rt, "fChargeTexte", "\\..\\..\\" + host + "\\secret.txt") == ""
    assert call(rt, "fMakeDir", host) is True
    assert call(rt, "fSaveText", host + "\\escaped.txt", "x") is True
    assert call(rt, "fSauveTexte", "\\..\\..\\..\\b.csv", "z") is True
    assert call(rt, "fMakeDir", "\\Export") is True
    assert call(rt, "fSaveText", "\\Export\\a.csv", "x;y") is True
    assert sorted(p.name for p in tmp_path.iterdir()) == ["root", "secret.txt"]
    assert (root / host.replace("\\", "/").lstrip("/") / "escaped.txt").read_text() == "x"
    assert (root / "b.csv").read_text() == "z"
    assert call(rt, "fLoadText", "C:\\Export\\a.csv") == "x;y"
    assert call(rt, "fChargeTexte", "\\export\\A.CSV") == "x;y"
    assert call(rt, "fLoadText", "\\..\\b.csv") == "z"
