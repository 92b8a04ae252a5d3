"""Outside a project, `wl check` of a file using a name that a file of the run in another
folder declares (code ported as a tree: `procedures/`, `variables/`) says where it is and
that a `wlproject.toml` at the top loads the tree: the error alone ("'gnCompteur' is not
declared") did not say why a name declared right there is unknown (check_hints.py)."""
from __future__ import annotations

from pathlib import Path

from wl_test_helpers import check_json, write


def tree(folder: Path) -> None:
    """A ported tree, French: globals, procedures and a script in three folders."""
    write(folder, "variables/globales.wl", "gnCompteur est un entier = 10\n")
    write(folder, "procedures/Incrémente.wl", "PROCÉDURE Incrémente(n est un entier = 1)\n"
                                              "gnCompteur += n\nRENVOYER gnCompteur\n")
    write(folder, "scripts/main.wl", "Trace(INCREMENTE(2))\n")


def hints(found: list[dict[str, object]]) -> list[tuple[object, object, str]]:
    return [(d["code"], Path(str(d["file"])).name, str(d["hint"])) for d in found]


def test_a_name_declared_in_another_folder_is_pointed_to(tmp_path: Path) -> None:
    tree(tmp_path)
    got = hints([d for d in check_json(tmp_path) if d["severity"] == "error"])
    assert [(code, name) for code, name, _ in got] == [("WL101", "Incrémente.wl"),
                                                       ("WL101", "Incrémente.wl"),
                                                       ("WL102", "main.wl")]
    assert all("in another folder, which is not loaded" in h and "wlproject.toml in" in h
               for _, _, h in got)
    assert "globales.wl:1: 'gnCompteur'" in got[0][2]
    assert "Incrémente.wl:1: 'Incrémente'" in got[2][2]


def test_in_a_project_the_tree_is_one_program(tmp_path: Path) -> None:
    """The hint's advice holds: with the marker every file is loaded, nothing is said,
    not even "never used" of the globals another folder of the project uses (it was
    said: only the files beside the file of globals were read for their uses)."""
    tree(tmp_path)
    write(tmp_path, "wlproject.toml", "")
    assert check_json(tmp_path) == []


def test_an_unknown_name_gets_no_such_hint(tmp_path: Path) -> None:
    tree(tmp_path)
    write(tmp_path, "scripts/main.wl", "Trace(Decremente(2))\n")
    (code, _, hint), *_ = hints([d for d in check_json(tmp_path)
                                 if str(d["file"]).endswith("main.wl")])
    assert code == "WL102" and "another folder" not in hint
