"""A neighbour rewritten with the same size in the same tick of a coarse clock (FAT's 2 s,
HFS+'s 1 s) or with its time kept (`cp -p`) keeps its size, modification time and inode:
the cached names were served for the old text (project/probe_cache.py). A verdict made
while the file is that fresh keeps the content's CRC and is used only if the content
still matches. The clock that did not tick is simulated by putting the old time back."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from wlinterp.project.neighbour_names import NeighbourNames
from wlinterp.project import probe_cache
from wlinterp.project.probe_cache import ProbeCache


def _rewrite_keeping_the_stamp(path: Path, text: str) -> None:
    st = path.stat()
    with open(path, "r+", encoding="utf-8") as f:  # in place: the same inode
        f.write(text)
        f.truncate()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert path.stat().st_size == st.st_size


def test_a_same_size_rewrite_in_the_same_tick_is_read_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WL_CACHE_DIR", str(tmp_path / "cache"))
    lib = tmp_path / "lib.wl"
    lib.write_text("PROCEDURE Alpha()\nRESULT 1\n", encoding="utf-8")
    first = NeighbourNames(str(tmp_path))
    assert "alpha" in first.names(str(lib), "lib.wl")[2]  # type: ignore[index]
    first.save()
    _rewrite_keeping_the_stamp(lib, "PROCEDURE Bravo()\nRESULT 1\n")
    names = NeighbourNames(str(tmp_path)).names(str(lib), "lib.wl")
    assert names is not None and "bravo" in names[2] and "alpha" not in names[2]


def test_a_fresh_unchanged_file_keeps_its_verdict(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The CRC spares the decision when the content is the same; once the file is older
    than the racy window, the entry drops the CRC and the stamp alone tells again."""
    monkeypatch.setenv("WL_CACHE_DIR", str(tmp_path / "cache"))
    script = tmp_path / "s1.wl"
    script.write_text("Trace(1)\n", encoding="utf-8")
    decided: list[str] = []

    def decide(path: str) -> str:
        decided.append(path)
        return "script"
    cache = ProbeCache(str(tmp_path))
    assert cache.verdict(str(script), decide) == "script"
    assert len(cache.entries["s1.wl"]) == 5  # fresh: its CRC kept
    cache.save()
    again = ProbeCache(str(tmp_path))
    assert again.verdict(str(script), decide) == "script"
    assert len(decided) == 1
    monkeypatch.setattr(probe_cache, "_RACY_NS", 0)  # the file no longer racy
    later = ProbeCache(str(tmp_path))
    assert later.verdict(str(script), decide) == "script"
    assert len(decided) == 1 and len(later.entries["s1.wl"]) == 4
    assert not later.changed  # (a warm run writes no cache: tests/core/test_lazy_start_up.py)
