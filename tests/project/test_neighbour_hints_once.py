"""`wl check` on many files of one folder reads each `.wl` script beside them once for its
hints (check_hints.py): before, for each checked file with a WL102, every script beside
it was found and parsed again, which a big folder of ported code paid for every file.
The hints are still given to every file. (Files of declarations alone are no longer a
hint's: the files that name their globals load them, project/needed.py.)"""
from __future__ import annotations

from pathlib import Path

import pytest

import wlinterp.check_hints as hints_module
from wl_test_helpers import check_json


def test_each_neighbour_is_parsed_once_per_run(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    for k in range(3):  # files of declarations alone, and scripts
        (tmp_path / f"globals_{k}.wl").write_text(f"gnValue{k} is int = {k}\n",
                                                  encoding="utf-8")
        (tmp_path / f"job_{k}.wl").write_text(f"Trace(1)\nPROCEDURE Job{k}()\nRESULT {k}\n",
                                              encoding="utf-8")
    checked = []
    for k in range(6):
        path = tmp_path / f"use_{k}.wl"
        path.write_text(f"PROCEDURE Use{k}()\nTrace(gnValue{k % 3}, Job{k % 3}())\n",
                        encoding="utf-8")
        checked.append(path)
    parsed = _parses_counted(monkeypatch)
    diags = check_json(*checked)
    assert sorted(parsed) == sorted(f"job_{k}.wl" for k in range(3))
    by_code = {code: [d for d in diags if d["code"] == code] for code in ("WL101", "WL102")}
    assert (len(by_code["WL101"]), len(by_code["WL102"])) == (0, 6)
    for d in by_code["WL102"]:
        assert "is declared in another script, which is not loaded" in str(d["hint"])


def test_a_script_not_naming_the_procedure_is_not_parsed(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the scripts of which a wanted name is a folded word are parsed for the hint
    (check_hints.py _may_declare); the name is matched folded, so a procedure declared
    with accents and capitals is found for a call written without them."""
    (tmp_path / "calculs.wl").write_text("Trace(1)\nPROCÉDURE TotalCalculé()\nRENVOYER 2\n",
                                         encoding="utf-8")
    for k in range(3):  # (the name inside a longer word is not the name)
        (tmp_path / f"other_{k}.wl").write_text(f"Trace({k})\nPROCEDURE TotalCalculé{k}()\n",
                                                encoding="utf-8")
    use = tmp_path / "use.wl"
    use.write_text("Trace(totalcalcule())\n", encoding="utf-8")
    parsed = _parses_counted(monkeypatch)
    diags = check_json(use)
    assert parsed == ["calculs.wl"]
    [wl102] = [d for d in diags if d["code"] == "WL102"]
    assert "calculs.wl:2: 'TotalCalculé' is declared in another script" in str(wl102["hint"])


def _parses_counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files check_hints.py parses from now on, in order."""
    parsed: list[str] = []
    real_parse = hints_module.parse

    def counting(text: str, path: str):  # type: ignore[no-untyped-def]
        parsed.append(Path(path).name)
        return real_parse(text, path)

    monkeypatch.setattr(hints_module, "parse", counting)
    return parsed


def test_a_matched_script_is_read_from_the_disk_once(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The script whose words name the wanted procedure is read once: _may_declare keeps
    its text for `read`, which parses it (it read the file a second time)."""
    (tmp_path / "calculs.wl").write_text("Trace(1)\nPROCEDURE Total()\nRESULT 2\n",
                                         encoding="utf-8")
    (tmp_path / "other.wl").write_text("Trace(2)\n", encoding="utf-8")
    use = tmp_path / "use.wl"
    use.write_text("Trace(Total())\n", encoding="utf-8")
    read: list[str] = []
    real_read = hints_module.read_source

    def counting(path: str, **kwargs):  # type: ignore[no-untyped-def]
        read.append(Path(path).name)
        return real_read(path, **kwargs)

    monkeypatch.setattr(hints_module, "read_source", counting)
    diags = check_json(use)
    assert sorted(read) == ["calculs.wl", "other.wl"]
    [wl102] = [d for d in diags if d["code"] == "WL102"]
    assert "calculs.wl:2: 'Total' is declared in another script" in str(wl102["hint"])
