"""Files beside a script without a project marker (docs/semantics.md, 9a): a broken one —
not WINDEV text format, random bytes, a syntax error in its code — is left out with one
warning naming it, and the scripts of the folder still run; in a project (a .wdp or
wlproject.toml) a broken file still stops the run. The library probe of the sibling `.wl`
files is cached by path, size and modification time."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from windev_text import procedure_set

from wlinterp.project import sources

HELPERS = procedure_set("pOutils", "", {"Double": "PROCEDURE Double(x)\nRESULT x * 2"})
BROKEN_CODE = procedure_set("pCasse", "", {"Casse": "PROCEDURE Casse(x)\nRESULT = = x"})


def wl(folder: Path, *args: str, env: dict[str, str] | None = None
       ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wlinterp", *args], cwd=folder, text=True,
                          capture_output=True, timeout=120,
                          env={**os.environ, "NO_COLOR": "1", **(env or {})})


def broken_neighbours(folder: Path) -> None:
    (folder / "junk.wdg").write_text("this is not WINDEV text @@@ {{{\n", encoding="utf-8")
    (folder / "bytes.wdc").write_bytes(bytes(range(256)).replace(b":", b"."))
    (folder / "pCasse.wdg").write_text(BROKEN_CODE, encoding="utf-8")


def test_a_broken_neighbour_does_not_stop_the_scripts_of_the_folder(tmp_path: Path) -> None:
    broken_neighbours(tmp_path)
    (tmp_path / "pOutils.wdg").write_text(HELPERS, encoding="utf-8")
    (tmp_path / "main.wl").write_text('Trace("hello " + Double(21))\n', encoding="utf-8")
    (tmp_path / "other.wl").write_text('Trace("other")\n', encoding="utf-8")
    ran = wl(tmp_path, "run", "main.wl")
    assert (ran.returncode, ran.stdout) == (0, "hello 42\n"), ran
    left_out = [line for line in ran.stderr.splitlines() if "not loaded" in line]
    # (the files not in text format are said only when a name is unknown: below)
    assert [line.split(":")[0] for line in left_out] == ["pCasse.wdg"], ran.stderr
    line = (tmp_path / "pCasse.wdg").read_text(encoding="utf-8").splitlines().index(
        "    RESULT = = x") + 1
    # (`RESULT = ` assigns a variable named so: the second `=` is the one unexpected)
    assert left_out[0].startswith(f"pCasse.wdg:{line}:14: warning: not loaded"), ran.stderr
    assert "Traceback" not in ran.stderr
    assert wl(tmp_path, "run", "--no-warnings", "other.wl").stdout == "other\n"


def test_wl_check_file_reports_the_broken_neighbours_as_run_warns(tmp_path: Path) -> None:
    """`wl check main.wl` says what `wl run main.wl` says of the neighbours (WL211, the
    run's wording), and `wl check .` reports each as WL100 and still checks the rest."""
    broken_neighbours(tmp_path)
    (tmp_path / "main.wl").write_text('Trace("hello")\n', encoding="utf-8")
    (tmp_path / "unknown.wl").write_text('Trace(Inconnue())\n', encoding="utf-8")
    ran = wl(tmp_path, "run", "unknown.wl")  # (an unknown name: every left-out file said)
    warned = [line.split(": warning: ")[1] for line in ran.stderr.splitlines()
              if "not loaded" in line]
    checked = wl(tmp_path, "check", "main.wl")
    assert checked.returncode == 0, checked
    reported = [line for line in checked.stderr.splitlines() if "not loaded" in line]
    assert [line.split(":")[0] for line in reported] == ["bytes.wdc", "junk.wdg", "pCasse.wdg"]
    assert sorted(line.split(": warning[WL211]: ")[1] for line in reported) == sorted(warned)
    assert len(warned) == 3
    (tmp_path / "unknown.wl").unlink()
    whole = wl(tmp_path, "check", ".")
    assert whole.returncode == 65 and "Traceback" not in whole.stderr, whole
    assert whole.stderr.count("error[WL100]") == 3 and "3 error(s)" in whole.stderr, whole
    assert "WL211" not in whole.stderr  # each is checked itself: reported once, as an error


def test_wl_check_file_in_a_project_reports_a_broken_file_as_an_error(tmp_path: Path) -> None:
    (tmp_path / "wlproject.toml").write_text("", encoding="utf-8")
    (tmp_path / "junk.wdg").write_text("this is not WINDEV text\n", encoding="utf-8")
    (tmp_path / "main.wl").write_text('Trace("hello")\n', encoding="utf-8")
    checked = wl(tmp_path, "check", "main.wl")
    assert checked.returncode == 65, checked
    assert "junk.wdg:1:1: error[WL100]: not a WINDEV text-format file" in checked.stderr


def test_a_script_that_needs_the_broken_file_fails_after_the_warning(tmp_path: Path) -> None:
    broken_neighbours(tmp_path)
    (tmp_path / "main.wl").write_text("Trace(Casse(1))\n", encoding="utf-8")
    ran = wl(tmp_path, "run", "main.wl")
    assert ran.returncode != 0 and "Traceback" not in ran.stderr, ran
    assert ran.stderr.index("pCasse.wdg:") < ran.stderr.index("main.wl:1:"), ran.stderr


def test_in_a_project_a_broken_file_still_stops_the_run(tmp_path: Path) -> None:
    (tmp_path / "wlproject.toml").write_text("", encoding="utf-8")
    (tmp_path / "junk.wdg").write_text("this is not WINDEV text\n", encoding="utf-8")
    (tmp_path / "main.wl").write_text('Trace("hello")\n', encoding="utf-8")
    ran = wl(tmp_path, "run", "main.wl")
    assert ran.returncode == 65 and ran.stdout == "", ran
    assert "junk.wdg:1:1: error: not a WINDEV text-format file" in ran.stderr, ran.stderr


def test_wl_test_beside_a_broken_neighbour_runs_the_tests(tmp_path: Path) -> None:
    broken_neighbours(tmp_path)
    (tmp_path / "pOutils.wdg").write_text(HELPERS, encoding="utf-8")
    (tmp_path / "test_outils.wl").write_text(
        "PROCEDURE test_double()\ndbgCheckEqual(Double(2), 4)\n", encoding="utf-8")
    ran = wl(tmp_path, "test", ".")
    assert ran.returncode == 0, ran
    assert ran.stderr.count("not loaded") == 1, ran.stderr  # (pCasse: the others are
    # not text format, said only when a name is unknown)


def _libraries(count: int, folder: Path) -> None:
    for i in range(count):
        body = "".join(f"PROCEDURE P{i}_{j}(x is int)\nn is int = x * 2\nIF n > 10 THEN\n"
                       f"  RESULT n + {j}\nEND\nRESULT n\n\n" for j in range(20))
        main = "" if i % 2 else f'Trace("script {i}")\n'  # half scripts, half libraries
        (folder / f"s{i}.wl").write_text(main + body, encoding="utf-8")


def test_the_library_probe_is_cached_by_path_size_and_mtime(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("WL_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "scripts"
    folder.mkdir()
    _libraries(50, folder)
    probed: list[str] = []
    real_probe = sources.wl_role

    def counting_probe(path: str) -> str:
        probed.append(os.path.basename(path))
        return real_probe(path)

    monkeypatch.setattr(sources, "wl_role", counting_probe)
    layout = sources.find_layout(str(folder))
    first = layout.code_files()
    assert len(probed) == 50, probed  # cold: every .wl file read once
    assert layout.code_files() == first
    assert len(probed) == 50, probed  # warm: a cached verdict, a stat and no read
    assert [os.path.basename(p) for p in first] == sorted(f"s{i}.wl" for i in range(1, 50, 2))
    library = folder / "s1.wl"  # edited into a script: seen at once (size and mtime)
    library.write_text('Trace("now a script")\n' + library.read_text(encoding="utf-8"),
                       encoding="utf-8")
    script = folder / "s2.wl"  # and a script into a library, same size, other mtime
    text = script.read_text(encoding="utf-8")
    script.write_text("//" + text.split("\n", 1)[0][2:] + "\n" + text.split("\n", 1)[1],
                      encoding="utf-8")
    os.utime(script, ns=(time.time_ns(), time.time_ns() + 2_000_000_000))
    names = [os.path.basename(p) for p in layout.code_files()]
    assert "s1.wl" not in names and "s2.wl" in names, names


def test_an_unwritable_cache_only_costs_time(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "cache").write_text("a file, not a folder", encoding="utf-8")
    monkeypatch.setenv("WL_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "scripts"
    folder.mkdir()
    _libraries(4, folder)
    names = [os.path.basename(p) for p in sources.find_layout(str(folder)).code_files()]
    assert names == ["s1.wl", "s3.wl"]


def test_the_probe_cache_is_bounded(tmp_path: Path, monkeypatch) -> None:
    """One cache file per folder probed, never evicted, grew without end (temporary
    folders): past KEEP files, a save drops those of folders that are gone, then the
    least recently used, down to three quarters of KEEP; the live folder's stays."""
    from wlinterp.project import probe_cache
    cache = tmp_path / "cache"
    monkeypatch.setenv("WL_CACHE_DIR", str(cache))
    monkeypatch.setattr(probe_cache, "KEEP", 8)
    folders = []
    for n in range(12):
        folder = tmp_path / f"f{n}"
        folder.mkdir()
        _libraries(2, folder)
        probe = probe_cache.ProbeCache(str(folder))
        probe.verdict(str(folder / "s1.wl"), lambda path: True)
        probe.save()
        os.utime(probe.path, ns=(n * 10**9, n * 10**9))  # f0 the least recently used
        folders.append((folder, probe.path))
    stored = cache / "libprobe"
    assert len(list(stored.iterdir())) <= 8
    for folder, _ in folders[:3]:  # three folders gone
        for item in folder.iterdir():
            item.unlink()
        folder.rmdir()
    assert probe_cache.prune(str(stored), keep=4) > 0
    left = {p.name for p in stored.iterdir()}
    assert len(left) == 3 and os.path.basename(folders[-1][1]) in left, left
    assert not any(os.path.basename(path) in left for _, path in folders[:3])
    # the verdicts of a folder still cached are still read back
    probe = probe_cache.ProbeCache(str(folders[-1][0]))
    assert probe.entries and probe.entries["s1.wl"][3] is True


def test_a_library_that_declares_an_interface_is_loaded_beside_a_script(
        tmp_path: Path) -> None:
    """A `.wl` of classes whose main code also declares an INTERFACE is a library (an
    interface only declares): it was taken for a script and left out, so the classes
    were unknown types beside it."""
    (tmp_path / "shapes.wl").write_text(
        "IShape is Interface\n\tPROCEDURE Area(): real\nEND\n"
        "CSquare is Class\n\timplements IShape\n\tm_side is real\nEND\n"
        "PROCEDURE CSquare::Area(): real\nRESULT m_side * m_side\n", encoding="utf-8")
    assert sources.wl_role(str(tmp_path / "shapes.wl")) == sources.LIBRARY
    (tmp_path / "main.wl").write_text("s is CSquare\ns.m_side = 3\ni is IShape <- s\n"
                                      "Trace(i.Area())\n", encoding="utf-8")
    ran = wl(tmp_path, "run", "main.wl")
    assert (ran.returncode, ran.stdout, ran.stderr) == (0, "9\n", ""), ran


def test_a_neighbour_not_in_text_format_is_said_only_when_a_name_is_unknown(
        tmp_path: Path) -> None:
    """A binary WINDEV file (or random bytes) beside a script warned on every run of every
    script of the folder, twice for bytes that are not UTF-8 (the encoding, then "not
    loaded"): nobody can mend such a file by hand. Now a run says nothing of it, unless
    the script meets a name nobody declares (the file might have declared it); wl check
    still reports it (WL211)."""
    (tmp_path / "Binaire.wdg").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(range(128, 256)) * 4)
    (tmp_path / "main.wl").write_text('Trace("bonjour")\n', encoding="utf-8")
    (tmp_path / "inconnu.wl").write_text("Trace(gTotal)\nTrace(Calcule(2))\n",
                                         encoding="utf-8")
    quiet = wl(tmp_path, "run", "main.wl")
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (0, "bonjour\n", ""), quiet
    said = wl(tmp_path, "run", "inconnu.wl")
    assert said.returncode == 1 and "Traceback" not in said.stderr, said
    assert said.stderr.count("Binaire.wdg:1:1: warning: not loaded (beside the script") == 1
    assert said.stderr.count("Binaire.wdg") == 1, said.stderr  # (no encoding warning)
    checked = wl(tmp_path, "check", "main.wl")
    assert "Binaire.wdg:1:1: warning[WL211]: not loaded" in checked.stderr, checked
