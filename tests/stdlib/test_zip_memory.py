"""zip* functions hold a bounded part of each member in memory, whatever its size:
extraction, rewrites (zip and tar), split and merge, files added with a password."""
from __future__ import annotations

import os
import tarfile
import tracemalloc
import zipfile
from pathlib import Path
from typing import Callable

import pytest

from wlinterp.runtime.state import Runtime
from stdlib_helpers import call


def test_a_file_added_with_a_password_is_never_in_memory_whole(rt: Runtime,
                                                               tmp_path: Path) -> None:
    big = tmp_path / "big.bin"
    with open(big, "wb") as f:
        for i in range(24):
            f.write(bytes([i]) * (1 << 20))
    archive = tmp_path / "p.zip"
    assert call(rt, "zipCreate", "P", str(archive)) == 0
    assert call(rt, "zipPassword", "P", "s3cret") == 0
    code, peak = _peak(lambda: call(rt, "zipAddFile", "P", str(big)))
    assert code == 0 and peak < 8 << 20, peak  # 24 MiB added, never in memory whole
    assert call(rt, "zipPassword", "P", "") == 0
    code, peak = _peak(lambda: call(rt, "zipAddFile", "P", str(big)))  # replaced: a rewrite
    assert code == 0 and peak < 8 << 20, peak
    assert call(rt, "zipPassword", "P", "s3cret") == 0
    os.link(big, tmp_path / "again.bin")
    assert call(rt, "zipAddFile", "P", str(tmp_path / "again.bin")) == 0
    with zipfile.ZipFile(archive) as z:  # read back by Python's own reader
        assert z.namelist() == ["big.bin", "again.bin"]
        plain, locked = z.getinfo("big.bin"), z.getinfo("again.bin")
        assert not plain.flag_bits & 1 and locked.flag_bits & 1
        assert plain.file_size == locked.file_size == 24 << 20
        assert z.read("big.bin") == big.read_bytes() == z.read("again.bin", pwd=b"s3cret")


def _big_member(archive: Path, name: str, size: int, random: bool = False) -> None:
    """A .zip holding `size` bytes under `name` (zeros deflated, or random bytes stored:
    as large in the archive), written in pieces, then a small "small.txt"."""
    method = zipfile.ZIP_STORED if random else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(archive, "w", method) as z:
        with z.open(name, "w") as f:
            for _ in range(size >> 20):
                f.write(os.urandom(1 << 20) if random else bytes(1 << 20))
        z.writestr("small.txt", "small")


def _peak(work: Callable[[], object]) -> tuple[object, int]:
    """What `work` returned, and the most memory it held at once."""
    tracemalloc.start()
    try:
        result = work()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_extraction_holds_a_bounded_part_of_each_member(rt: Runtime, tmp_path: Path) -> None:
    archive = tmp_path / "big.zip"
    _big_member(archive, "big.bin", 40 << 20)
    assert call(rt, "zipOpen", "Z", str(archive)) == 0
    code, peak = _peak(lambda: call(rt, "zipExtractAll", "Z", str(tmp_path / "out")))
    assert code == 0 and (tmp_path / "out" / "big.bin").stat().st_size == 40 << 20
    assert peak < 8 << 20, peak  # the member is 40 MiB: it never was in memory whole


def test_a_rewrite_copies_the_kept_members_in_pieces(rt: Runtime, tmp_path: Path) -> None:
    archive = tmp_path / "stored.zip"
    _big_member(archive, "big.bin", 24 << 20, random=True)
    with zipfile.ZipFile(archive) as z:
        crc = z.getinfo("big.bin").CRC
    assert call(rt, "zipOpen", "W", str(archive)) == 0
    code, peak = _peak(lambda: call(rt, "zipDeleteFile", "W", "small.txt"))
    assert code == 0 and peak < 8 << 20, peak  # 24 MiB kept, never in memory whole
    with zipfile.ZipFile(archive) as z:
        assert z.namelist() == ["big.bin"] and z.getinfo("big.bin").CRC == crc
        assert z.testzip() is None


@pytest.mark.parametrize("ending", [".tar", ".tgz"])
def test_a_tar_rewrite_copies_its_files_in_pieces(rt: Runtime, tmp_path: Path,
                                                  ending: str) -> None:
    big, small = tmp_path / "big.bin", tmp_path / "small.txt"
    with open(big, "wb") as f:
        for _ in range(16):
            f.write(os.urandom(1 << 20))
    small.write_text("small")
    archive = tmp_path / f"t{ending}"
    with tarfile.open(archive, "w:gz" if ending == ".tgz" else "w") as t:
        t.add(small, "small.txt")
        t.add(big, "big.bin")
        t.add(small, "other.txt")
    assert call(rt, "zipOpen", "T", str(archive)) == 0
    assert call(rt, "zipDeleteFile", "T", "small.txt") == 5  # refused (?3082041)
    code, peak = _peak(lambda: call(rt, "zipChangePath", "T", 1, "first.txt"))
    assert code == 0 and peak < 8 << 20, peak  # 16 MiB kept, never in memory whole
    assert call(rt, "zipChangePath", "T", 3, "renamed.txt") == 0
    assert call(rt, "zipAddFile", "T", str(small)) == 0
    with tarfile.open(archive) as t:
        assert t.getnames() == ["first.txt", "big.bin", "renamed.txt", "small.txt"]
        assert t.extractfile("big.bin").read() == big.read_bytes()  # type: ignore[union-attr]
        assert t.extractfile("renamed.txt").read() == b"small"  # type: ignore[union-attr]


def test_split_merge_and_reading_parts_hold_a_bounded_part(rt: Runtime,
                                                           tmp_path: Path) -> None:
    archive = tmp_path / "big.zip"
    _big_member(archive, "big.bin", 24 << 20, random=True)
    whole = archive.read_bytes()
    assert call(rt, "zipOpen", "M", str(archive)) == 0
    code, peak = _peak(lambda: call(rt, "zipSplit", "M", str(tmp_path / "p.zip"), 5 << 20))
    assert code == 0 and peak < 8 << 20, peak  # 24 MiB cut, never in memory whole
    parts = [tmp_path / "p.zip"] + sorted(tmp_path.glob("p.z[0-9][0-9]"))
    assert len(parts) == 5 and b"".join(p.read_bytes() for p in parts) == whole
    code, peak = _peak(lambda: call(rt, "zipExtractAll", "M", str(tmp_path / "out")))
    assert code == 0 and peak < 8 << 20, peak  # read through the parts, in pieces
    with zipfile.ZipFile(archive) as z:
        assert (tmp_path / "out" / "big.bin").read_bytes() == z.read("big.bin")
    code, peak = _peak(lambda: call(rt, "zipMerge", "M", str(tmp_path / "m.zip")))
    assert code == 0 and peak < 8 << 20, peak
    assert (tmp_path / "m.zip").read_bytes() == whole
