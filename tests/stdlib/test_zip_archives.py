"""zip* functions: what goldens cannot build (a hostile archive, a damaged tar)."""
from __future__ import annotations

import gzip
import os
import tarfile
import zipfile
import zlib
from pathlib import Path

import pytest

from wlinterp.runtime.state import Runtime
from wlinterp.stdlib import zip_encrypt as E
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
    for ext in ("wdz", "cab", "rar", "7z", "exe"):
        assert call(rt, "zipCreate", "B", str(tmp_path / f"x.{ext}")) == 5
        assert not (tmp_path / f"x.{ext}").exists()


def test_a_damaged_deflate_stream_is_corrupted_not_an_internal_error(
        rt: Runtime, tmp_path: Path) -> None:
    archive = tmp_path / "d.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.txt", "hello world " * 100)
    data = bytearray(archive.read_bytes())
    data[30 + len("a.txt")] = 0  # first deflate byte: a stored block with bad lengths
    archive.write_bytes(bytes(data))
    assert call(rt, "zipOpen", "D", str(archive)) == 0
    assert call(rt, "zipExtractAll", "D", str(tmp_path / "out")) == 3


def test_a_path_holding_a_nul_is_path_not_found(rt: Runtime, tmp_path: Path) -> None:
    bad = str(tmp_path / "x\0")
    (tmp_path / "a.txt").write_text("a")
    assert call(rt, "zipCreate", "N", bad + ".zip") == 1
    assert call(rt, "zipCreate", "G", str(tmp_path / "g.zip")) == 0
    assert call(rt, "zipAddFile", "G", str(tmp_path / "a.txt")) == 0
    assert call(rt, "zipExtractAll", "G", bad) == 1
    assert call(rt, "zipExtractFile", "G", 1, bad) == 1


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


def test_extraction_reads_the_directory_once_and_inflates_only_what_is_asked(
        rt: Runtime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = tmp_path / "r.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        for n in range(5):
            z.writestr(f"f{n}.txt", f"content {n}" * 50)
    assert call(rt, "zipOpen", "R", str(archive)) == 0
    opens: list[object] = []
    reads: list[str] = []
    real_init, real_open = zipfile.ZipFile.__init__, zipfile.ZipFile.open

    def counting_init(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        opens.append(args[0])
        real_init(self, *args, **kwargs)

    def counting_open(self, name, *args, **kwargs):  # type: ignore[no-untyped-def]
        reads.append(getattr(name, "filename", name))  # a member decompressed
        return real_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "__init__", counting_init)
    monkeypatch.setattr(zipfile.ZipFile, "open", counting_open)
    assert call(rt, "zipExtractFile", "R", "f3.txt", str(tmp_path / "out")) == 0
    assert (tmp_path / "out" / "f3.txt").read_text() == "content 3" * 50
    assert len(opens) == 1 and reads == ["f3.txt"]  # the listing was kept from zipOpen
    archive.touch()  # changed on disk: its listing is read again (and only then)
    opens.clear()
    assert call(rt, "zipNbFile", "R") == 5 and call(rt, "zipNbFile", "R") == 5
    assert len(opens) == 1


def test_split_parts_end_to_end_are_the_archive(rt: Runtime, tmp_path: Path) -> None:
    (tmp_path / "a.bin").write_bytes(bytes(range(256)) * 40)
    assert call(rt, "zipCreate", "S", str(tmp_path / "s.zip")) == 0
    assert call(rt, "zipCompressionLevel", "S", 0) == 0
    assert call(rt, "zipAddFile", "S", str(tmp_path / "a.bin")) == 0
    whole = (tmp_path / "s.zip").read_bytes()
    assert call(rt, "zipSplit", "S", str(tmp_path / "p.zip"), 4000, False, 1000) == 0
    parts = [tmp_path / "p.zip"] + sorted(tmp_path.glob("p.z[0-9][0-9]"))
    assert [p.stat().st_size for p in parts] == [3000, 4000, 4000][:len(parts) - 1] + [
        len(whole) - 3000 - 4000 * (len(parts) - 2)]
    assert b"".join(p.read_bytes() for p in parts) == whole
    assert call(rt, "zipNbPart", "S") == len(parts) == call(rt, "zipNbPartNeeded", "S", 4000, 1000)
    assert call(rt, "zipMerge", "S", str(tmp_path / "m.zip")) == 0
    assert (tmp_path / "m.zip").read_bytes() == whole
    assert (tmp_path / "p.z01").exists()  # the split archive is left as it was


def test_an_encrypted_member_is_read_with_the_password(rt: Runtime, tmp_path: Path) -> None:
    # zip 2.0 encryption, as Info-ZIP's `zip -P pw123` wrote it (one member, s.txt)
    import base64
    data = ("UEsDBAoACQAAAIMYIlCr4n8RFgAAAAoAAAAFAAAAcy50eHTTwaAm6BXLHdliHQNCbe7g2Rc94YueUEsHCKvi"
            "fxEWAAAACgAAAFBLAQIeAwoACQAAAIMYIlCr4n8RFgAAAAoAAAAFAAAAAAAAAAEAAACkgQAAAABzLnR4dFBL"
            "BQYAAAAAAQABADMAAABJAAAAAAA=")
    (tmp_path / "e.zip").write_bytes(base64.b64decode(data))
    assert call(rt, "zipOpen", "E", str(tmp_path / "e.zip"), const("zipRead")) == 0
    assert call(rt, "zipExtractAll", "E", str(tmp_path / "o")) == 11
    assert not (tmp_path / "o" / "s.txt").exists()
    assert call(rt, "zipPassword", "E", "pw123") == 0
    assert call(rt, "zipExtractAll", "E", str(tmp_path / "o")) == 0
    assert (tmp_path / "o" / "s.txt").read_bytes() == b"top secret"
    assert call(rt, "zipInfoFile", "E", 1).split("\t")[7] == "1"


def test_files_added_with_a_password_are_read_by_other_tools(rt: Runtime,
                                                              tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"alpha " * 500)
    (tmp_path / "b.txt").write_bytes(b"bravo")
    archive = tmp_path / "p.zip"
    assert call(rt, "zipCreate", "P", str(archive)) == 0
    assert call(rt, "zipPassword", "P", "s3cret") == 0
    assert call(rt, "zipAddFile", "P", str(tmp_path / "a.txt")) == 0
    assert call(rt, "zipPassword", "P", "") == 0
    assert call(rt, "zipAddFile", "P", str(tmp_path / "b.txt")) == 0
    with zipfile.ZipFile(archive) as z:  # Python's own reader: the standard encryption
        a, b = z.getinfo("a.txt"), z.getinfo("b.txt")
        assert a.flag_bits & 1 and not b.flag_bits & 1
        assert z.read("a.txt", pwd=b"s3cret") == b"alpha " * 500 and z.read("b.txt") == b"bravo"
        # a wrong password: refused by the header's check byte, or (1 time in 256, the
        # header's bytes being random) let through and then the content fails to inflate
        # or to match its CRC
        with pytest.raises((RuntimeError, zlib.error, zipfile.BadZipFile)):
            z.read("a.txt", pwd=b"wrong")


def _salt_passing(password: bytes, data: Path) -> bytes:
    """Header bytes with which `password`, though wrong, passes the check byte of the
    member holding `data` encrypted with "right" (found by trying, so fixed)."""
    member = E.added_member("a.txt", str(data), "right", 6)
    for i in range(1 << 16):
        salt = i.to_bytes(2, "little") + bytes(9)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(E, "_salt", lambda n: salt)
            E.write(str(data.with_suffix(".zip")), [member])
        with zipfile.ZipFile(data.with_suffix(".zip")) as z:
            try:
                z.read("a.txt", pwd=password)
            except RuntimeError:  # refused by the check byte
                continue
            except (zlib.error, zipfile.BadZipFile):
                return salt
    raise AssertionError("no header lets the wrong password through")


def test_a_wrong_password_passing_the_check_byte_is_still_a_wrong_password(
        rt: Runtime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "a.txt"
    data.write_bytes(b"alpha " * 500)
    monkeypatch.setattr(E, "_salt", lambda n, salt=_salt_passing(b"wrong", data): salt)
    archive = tmp_path / "w.zip"
    assert call(rt, "zipCreate", "W", str(archive)) == 0
    assert call(rt, "zipPassword", "W", "right") == 0
    assert call(rt, "zipAddFile", "W", str(data)) == 0
    out = tmp_path / "out"
    assert call(rt, "zipPassword", "W", "wrong") == 0
    assert call(rt, "zipExtractFile", "W", "a.txt", str(out)) == 11  # not 3 (damaged)
    assert not out.exists() or not list(out.iterdir())  # nothing left behind
    assert call(rt, "zipPassword", "W", "right") == 0
    assert call(rt, "zipExtractFile", "W", "a.txt", str(out)) == 0
    assert (out / "a.txt").read_bytes() == b"alpha " * 500


def test_rewriting_keeps_encrypted_members_encrypted_and_inflates_nothing(
        rt: Runtime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(name * 100)
    archive = tmp_path / "k.zip"
    assert call(rt, "zipCreate", "K", str(archive)) == 0
    assert call(rt, "zipPassword", "K", "pw") == 0
    assert call(rt, "zipAddFileList", "K", f"{tmp_path / 'a.txt'}\r\n{tmp_path / 'b.txt'}") == 0
    before = zipfile.ZipFile(archive).getinfo("b.txt").compress_size

    def no_inflating(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("a member was decompressed")

    monkeypatch.setattr(zipfile.ZipFile, "read", no_inflating)
    monkeypatch.setattr(zipfile.ZipExtFile, "read", no_inflating)
    assert call(rt, "zipDeleteFile", "K", "a.txt") == 0          # a rewrite, with the
    assert call(rt, "zipChangePath", "K", "b.txt", "d\\b.txt") == 0  # password set
    assert call(rt, "zipPassword", "K", "") == 0
    assert call(rt, "zipAddFile", "K", str(tmp_path / "c.txt")) == 0
    monkeypatch.undo()
    with zipfile.ZipFile(archive) as z:
        assert z.namelist() == ["d/b.txt", "c.txt"]
        kept = z.getinfo("d/b.txt")
        assert kept.flag_bits & 1 and kept.compress_size == before  # copied, not re-packed
        assert z.read("d/b.txt", pwd=b"pw") == b"b" * 100 and z.read("c.txt") == b"c" * 100


def test_a_damaged_member_leaves_the_targets_as_they_were(rt: Runtime,
                                                          tmp_path: Path) -> None:
    archive = tmp_path / "crc.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as z:
        z.writestr("a.txt", "first")
        z.writestr("b.txt", "second")
    data = bytearray(archive.read_bytes())
    spot = data.index(b"second")
    data[spot] = ord("S")  # a CRC mismatch, found once the member is read to its end
    archive.write_bytes(bytes(data))
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.txt").write_text("old")
    assert call(rt, "zipOpen", "C", str(archive)) == 0
    assert call(rt, "zipExtractAll", "C", str(out)) == 3
    assert sorted(p.name for p in out.iterdir()) == ["a.txt"]  # no piece left behind
    assert (out / "a.txt").read_text() == "old"


def test_an_archive_split_onto_itself_and_merged_onto_its_first_part(
        rt: Runtime, tmp_path: Path) -> None:
    (tmp_path / "a.bin").write_bytes(os.urandom(10000))
    archive = tmp_path / "s.zip"
    assert call(rt, "zipCreate", "S", str(archive)) == 0
    assert call(rt, "zipCompressionLevel", "S", 0) == 0
    assert call(rt, "zipAddFile", "S", str(tmp_path / "a.bin")) == 0
    whole = archive.read_bytes()
    assert call(rt, "zipSplit", "S", str(archive), 4000, True) == 0  # the source is the target
    assert archive.stat().st_size == 4000 and call(rt, "zipNbPart", "S") == 3
    assert b"".join(p.read_bytes() for p in [archive, tmp_path / "s.z01",
                                              tmp_path / "s.z02"]) == whole
    assert call(rt, "zipMerge", "S", str(archive)) == 0  # onto its own first part
    assert archive.read_bytes() == whole and not (tmp_path / "s.z01").exists()
    assert call(rt, "zipNbPart", "S") == 1 and call(rt, "zipNbFile", "S") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.bin", "s.zip"]  # nothing left


def test_gzip_written_is_read_by_other_tools_and_theirs_by_us(rt: Runtime,
                                                             tmp_path: Path) -> None:
    """A .gz holds one file (stdlib/zip_gzip.py): gzip readers read ours, with the
    file's name in the header; a .gz another tool wrote without a name holds the
    archive's name less .gz, as gunzip names it."""
    (tmp_path / "a.txt").write_bytes(b"alpha " * 1000)
    archive = tmp_path / "out.gz"
    assert call(rt, "zipCreate", "G", str(archive)) == 0
    assert archive.stat().st_size == 0 and call(rt, "zipNbFile", "G") == 0
    assert call(rt, "zipAddFile", "G", str(tmp_path / "a.txt")) == 0
    assert gzip.decompress(archive.read_bytes()) == b"alpha " * 1000
    assert archive.read_bytes()[10:16] == b"a.txt\x00"  # FNAME, the flag 8 set
    assert archive.read_bytes()[3] & 8
    theirs = tmp_path / "data.csv.gz"
    theirs.write_bytes(gzip.compress(b"x;y\n" * 10))  # no name in the header
    assert call(rt, "zipOpen", "H", str(theirs)) == 0
    assert call(rt, "zipListFile", "H") == "data.csv"
    assert call(rt, "zipExtractAll", "H", str(tmp_path / "out")) == 0
    assert (tmp_path / "out" / "data.csv").read_bytes() == b"x;y\n" * 10
    (tmp_path / "bad.gz").write_bytes(b"\x1f\x8b\x08" + b"\x00" * 7 + b"garbage")
    assert call(rt, "zipOpen", "B", str(tmp_path / "bad.gz")) == 0  # its header is whole
    assert call(rt, "zipExtractAll", "B", str(tmp_path / "bad")) == 3


def test_a_file_too_large_for_memory_is_refused(rt: Runtime, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """zipExtractFile with zipMemory reads at most MEMORY_LIMIT bytes: a larger file (a
    zip bomb) gives code 41 instead of filling the memory."""
    from wlinterp.stdlib import zip_formats
    monkeypatch.setattr(zip_formats, "MEMORY_LIMIT", 8)
    (tmp_path / "big.txt").write_bytes(b"x" * 9)
    (tmp_path / "small.txt").write_bytes(b"y" * 8)
    archive = tmp_path / "a.zip"
    assert call(rt, "zipCreate", "M", str(archive)) == 0
    assert call(rt, "zipAddFileList", "M", f"{tmp_path / 'big.txt'}\r{tmp_path / 'small.txt'}") == 0
    memory = const("zipMemory")
    assert call(rt, "zipExtractFile", "M", "big.txt", memory) == 41
    assert "too large" in str(call(rt, "zipMsgError", 41))
    assert call(rt, "zipExtractFile", "M", "small.txt", memory) == "y" * 8
