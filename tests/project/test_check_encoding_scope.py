"""Which files' encoding warnings `wl check FILE` reports: FILE's and those of the files
it loads, as `wl run FILE` does (docs/cli.md, "What a check reports"). A neighbour
saved as ANSI that the script does not need was read for its names and its warning
counted in the script's summary ("1 warning(s)" for a clean script)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ANSI_NEIGHBOUR = "PROCEDURE Autre()\nTrace(\"été\")\n".encode("cp1252")
WARNING = "autre.wl:2:8: warning: the file is not UTF-8 (byte 0xE9)"


def wl(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wlinterp", *args], cwd=folder, text=True,
                          capture_output=True, timeout=120,
                          env={**os.environ, "NO_COLOR": "1"})


def folder_with_ansi_neighbour(tmp_path: Path) -> Path:
    (tmp_path / "autre.wl").write_bytes(ANSI_NEIGHBOUR)
    (tmp_path / "main.wl").write_text('Trace("hi")\n', encoding="utf-8")
    (tmp_path / "appelle.wl").write_text("Autre()\n", encoding="utf-8")
    (tmp_path / "appelle_fr.wl").write_text("autre()\n", encoding="utf-8")
    return tmp_path


def test_a_neighbour_the_script_does_not_load_is_not_reported(tmp_path: Path) -> None:
    folder = folder_with_ansi_neighbour(tmp_path)
    checked = wl(folder, "check", "main.wl")
    assert (checked.returncode, checked.stderr) == (0, ""), checked
    ran = wl(folder, "run", "main.wl")  # the run agrees: it warns of nothing
    assert (ran.returncode, ran.stdout, ran.stderr) == (0, "hi\n", ""), ran


def test_a_neighbour_the_script_loads_is_reported_once(tmp_path: Path) -> None:
    folder = folder_with_ansi_neighbour(tmp_path)
    for script in ("appelle.wl", "appelle_fr.wl"):
        checked = wl(folder, "check", script)
        assert checked.returncode == 0, checked
        assert checked.stderr.count(WARNING) == 1, checked.stderr
        assert "0 error(s), 1 warning(s)" in checked.stderr, checked.stderr
        ran = wl(folder, "run", script)
        assert ran.stdout == "été\n" and ran.stderr.count(WARNING) == 1, ran


def test_a_folder_reports_each_file_once(tmp_path: Path) -> None:
    checked = wl(folder_with_ansi_neighbour(tmp_path), "check", ".")
    assert checked.stderr.count(WARNING) == 1, checked.stderr
    assert "4 file(s), 4 code block(s), 0 error(s), 1 warning(s)" in checked.stderr


def test_in_a_project_every_file_is_loaded_so_reported(tmp_path: Path) -> None:
    folder = folder_with_ansi_neighbour(tmp_path)
    (folder / "wlproject.toml").write_text("", encoding="utf-8")
    checked = wl(folder, "check", "main.wl")
    assert checked.stderr.count(WARNING) == 1, checked.stderr
    ran = wl(folder, "run", "main.wl")
    assert ran.stdout == "hi\n" and ran.stderr.count(WARNING) == 1, ran
