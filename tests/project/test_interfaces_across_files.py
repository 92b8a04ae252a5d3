"""An interface declared in one file of a project is seen by the others, as a structure
or a global is: the project file's (.wdp) initialization keeps it for `wl run` (it kept
only variables, constants, structures and enumerations: a class of the project
implementing it was "unknown interface 'IShape'" and a variable of its type a variant),
two files beside a script declaring it are a clash like any other name (the later one
is left out with a warning), and a `.wl` file of declarations alone beside the script
gives it to the script that names it (project/project_file.py, project/neighbours.py
declared, project/needed.py). English and French."""
from __future__ import annotations

from pathlib import Path

import pytest

from windev_text import class_file, project_file
from wl_test_helpers import check_json, run_captured

WORDS = {
    "en": {"interface": "IShape is Interface\n\tPROCEDURE Area(): int\nEND",
           "class": ("CSquare", "CSquare is Class\n\timplements IShape\n\tm_side is int\nEND",
                     {"Area": "PROCEDURE Area(): int\nRESULT m_side * m_side"}),
           "script": "s is IShape\no is CSquare\no.m_side = 3\ns = o\nTrace(s.Area())\n",
           "name": "IShape"},
    "fr": {"interface": "IForme est une Interface\n\tPROCÉDURE Aire(): entier\nFIN",
           "class": ("CCarré", "CCarré est une Classe\n\timplémente IForme\n"
                     "\tm_côté est un entier\nFIN",
                     {"Aire": "PROCÉDURE Aire(): entier\nRENVOYER m_côté * m_côté"}),
           "script": "f est un IForme\no est un CCarré\no.m_côté = 3\nf = o\n"
                     "Trace(f.Aire())\n",
           "name": "IForme"},
}


@pytest.mark.parametrize("lang", sorted(WORDS))
def test_an_interface_of_the_project_file_is_known_to_its_classes_and_scripts(
        lang: str, tmp_path: Path) -> None:
    w = WORDS[lang]
    (tmp_path / "App.wdp").write_text(project_file("App", w["interface"]), encoding="utf-8")
    name, declaration, methods = w["class"]
    (tmp_path / f"{name}.wdc").write_text(class_file(name, declaration, methods),
                                          encoding="utf-8")
    script = tmp_path / "main.wl"
    script.write_text(w["script"], encoding="utf-8")
    assert run_captured(script) == ("9\n", "")
    assert [d for d in check_json(script) if d["severity"] == "error"] == []


@pytest.mark.parametrize("lang", sorted(WORDS))
def test_two_neighbours_declaring_one_interface_leave_the_later_out(
        lang: str, tmp_path: Path) -> None:
    w = WORDS[lang]
    (tmp_path / "a_lib.wl").write_text(w["interface"] + "\nPROCEDURE A()\nRESULT 1\n",
                                       encoding="utf-8")
    (tmp_path / "b_lib.wl").write_text(w["interface"] + "\nPROCEDURE B()\nRESULT 2\n",
                                       encoding="utf-8")
    (tmp_path / "main.wl").write_text("Trace(A())\n", encoding="utf-8")
    out, err = run_captured(tmp_path / "main.wl")
    assert out == "1\n"
    assert "b_lib.wl:1:1: warning: not loaded (beside the script, not part of it): it " \
           f"declares '{w['name']}', as " in err and "a_lib.wl does" in err


@pytest.mark.parametrize("lang", sorted(WORDS))
def test_a_file_of_declarations_beside_the_script_gives_it_the_interface(
        lang: str, tmp_path: Path) -> None:
    """A `.wl` file of declarations alone beside the script is loaded when the script
    names what it declares (project/needed.py): the type is known to `wl check` (it was
    WL207 with a hint naming the file) and to `wl run`."""
    w = WORDS[lang]
    (tmp_path / "types.wl").write_text(w["interface"] + "\n", encoding="utf-8")
    script = tmp_path / "uses.wl"
    script.write_text(w["script"].split("\n")[0] + "\nTrace(\"ok\")\n", encoding="utf-8")
    assert [d for d in check_json(script) if d["code"] in ("WL207", "WL101")] == []
    assert run_captured(script) == ("ok\n", "")
