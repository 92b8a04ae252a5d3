"""`wl check FOLDER` over several projects: each file sees its own project's files (and
those the command line names), not a sibling project's. A procedure of one project
answered a call of another (`Evenement(...)`, a window function there: WL103, was
checked against the sibling's `PROCEDURE Evenement()`: WL104)."""
from __future__ import annotations

import io
import json
import pathlib

from wlinterp.check import CheckOptions, check_paths


def _codes(*paths: pathlib.Path) -> dict[str, list[str]]:
    out, err = io.StringIO(), io.StringIO()
    check_paths([str(p) for p in paths], err=err, out=out,
                options=CheckOptions(format="json"))
    found: dict[str, list[str]] = {}
    for d in json.loads(out.getvalue())["diagnostics"]:
        found.setdefault(pathlib.Path(d["file"]).name, []).append(d["code"])
    return found


def _two_projects(tmp_path: pathlib.Path) -> tuple[pathlib.Path, pathlib.Path]:
    (tmp_path / "workflow").mkdir()
    (tmp_path / "camera").mkdir()
    lib = tmp_path / "workflow" / "events.wl"
    lib.write_text("PROCEDURE Evenement()\nTrace(\"event\")\n", encoding="utf-8")
    main = tmp_path / "camera" / "setup.wl"
    main.write_text('Evenement("OnMove", "*.*", 512)\nTrace(Helper(2))\n'
                    "PROCEDURE Helper(n)\nRESULT n * 2\n", encoding="utf-8")
    return lib, main


def test_a_folder_of_projects_keeps_them_apart(tmp_path: pathlib.Path) -> None:
    _two_projects(tmp_path)
    assert _codes(tmp_path) == {"setup.wl": ["WL103"]}


def test_files_named_together_still_see_each_other(tmp_path: pathlib.Path) -> None:
    """Named on the command line, a file is seen by the others (docs/check.md "Files")."""
    lib, main = _two_projects(tmp_path)
    assert _codes(lib, main) == {"setup.wl": ["WL104"]}
