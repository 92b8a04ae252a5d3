"""A run beside many files without a project marker reads and parses only the script and
the neighbours it needs (project/neighbour_names.py keeps every neighbour's names between
runs); nothing below the script's folder is looked at. Counted on a generated tree: a
folder of 400 libraries and 40 scripts with 1,200 `.wl` files in folders below it."""
from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

import wlinterp.project.program as program
import wlinterp.source_text as source_text
from wlinterp.project import run_script


def _tree(root: Path) -> Path:
    for i in range(400):
        (root / f"lib{i:03}.wl").write_text(f"PROCEDURE P{i}(n)\nRESULT n + {i}\n",
                                            encoding="utf-8")
    (root / "lib007.wl").write_text("PROCEDURE P7(n)\nRESULT Aide(n) + 7\n", encoding="utf-8")
    (root / "aide.wl").write_text("PROCÉDURE Aide(n)\nRENVOYER n * 100\n", encoding="utf-8")
    for i in range(40):
        (root / f"job{i:02}.wl").write_text(f"Trace({i})\n", encoding="utf-8")
    for d in range(30):
        below = root / "archive" / f"y{d}" / "old"
        below.mkdir(parents=True)
        for i in range(40):
            (below / f"P{i}.wl").write_text(f"PROCEDURE P{i}(n)\nRESULT -1\n", encoding="utf-8")
    script = root / "main.wl"
    script.write_text("Trace(P7(2))\n", encoding="utf-8")
    return script


def _run(script: Path) -> tuple[str, list[str], list[str], list[str]]:
    """The run's output, and the files it parsed, read and listed (as paths)."""
    parsed: list[str] = []
    read: list[str] = []
    listed: list[str] = []
    real_parse, real_read = program.parse_file, source_text.read_source_bytes
    real_listdir, real_scandir = os.listdir, os.scandir

    def parse_file(source, offset, virtual):  # type: ignore[no-untyped-def]
        parsed.append(os.path.basename(source.path))
        return real_parse(source, offset, virtual)

    def read_bytes(path, *args):  # type: ignore[no-untyped-def]
        read.append(str(path))
        return real_read(path, *args)

    def listdir(path="."):  # type: ignore[no-untyped-def]
        listed.append(str(path))
        return real_listdir(path)

    def scandir(path="."):  # type: ignore[no-untyped-def]
        listed.append(str(path))
        return real_scandir(path)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(program, "parse_file", parse_file)
        mp.setattr(source_text, "read_source_bytes", read_bytes)
        mp.setattr(os, "listdir", listdir)
        mp.setattr(os, "scandir", scandir)
        out = io.StringIO()
        run_script(str(script), stdout=out, stderr=io.StringIO())
    return out.getvalue(), parsed, read, listed


def test_a_run_reads_only_the_neighbours_it_needs(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WL_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "scratch"
    folder.mkdir()
    script = _tree(folder)
    first = _run(script)  # every neighbour's names found once, and kept
    assert first[0] == "207\n"
    assert not any("archive" in p for p in first[2] + first[3])
    out, parsed, read, listed = _run(script)
    assert out == "207\n"
    assert sorted(parsed) == ["aide.wl", "lib007.wl", "main.wl"]
    assert sorted(os.path.basename(p) for p in read) == ["aide.wl", "lib007.wl", "main.wl"]
    assert not any("archive" in p for p in listed)


def test_a_changed_neighbour_is_read_again(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The kept names follow the file: once lib007.wl calls P9 instead, lib009.wl is
    needed (and aide.wl no longer)."""
    monkeypatch.setenv("WL_CACHE_DIR", str(tmp_path / "cache"))
    script = _tree(tmp_path)
    assert _run(script)[0] == "207\n"
    (tmp_path / "lib007.wl").write_text("PROCEDURE P7(n)\nRESULT P9(n) + 7000\n",
                                        encoding="utf-8")
    out, parsed, _, _ = _run(script)
    assert out == "7011\n"
    assert sorted(parsed) == ["lib007.wl", "lib009.wl", "main.wl"]
