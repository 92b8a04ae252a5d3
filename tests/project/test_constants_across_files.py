"""A class's CONSTANT (a .wdc) may use a constant a procedure set (a .wdg) declares, and
the set's procedures the class's constants, although the linker puts classes first: the
compiler gives constants their values in the order the values need (docs/semantics.md
"Constants in any order"). The compiler refused it as an internal error; `wl check`
accepted it."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

import wlinterp
from windev_text import class_file, procedure_set
from wl_test_helpers import check_json

FILES = {
    "en": {
        "SET_Limits.wdg": procedure_set(
            "SET_Limits", "CONSTANT\n\tCST_BASE = 10\nEND",
            {"Twice": "PROCEDURE Twice(n)\nRESULT n * CInvoice::MAX_LINES"}),
        "CInvoice.wdc": class_file(
            "CInvoice", "CInvoice is Class\n\tm_n is int\n\tCONSTANT\n"
            "\t\tMAX_LINES = CST_BASE * 2\n\tEND\nEND", {}),
        "main.wl": "Trace(CInvoice::MAX_LINES, Twice(2))\n",
    },
    "fr": {
        "COL_Limites.wdg": procedure_set(
            "COL_Limites", "CONSTANTE\n\tCST_BASE = 10\nFIN",
            {"Double": "PROCÉDURE Double(n)\nRENVOYER n * CFacture::MAX_LIGNES"}),
        "CFacture.wdc": class_file(
            "CFacture", "CFacture est une Classe\n\tm_n est un entier\n\tCONSTANTE\n"
            "\t\tMAX_LIGNES = CST_BASE * 2\n\tFIN\nFIN", {}),
        "main.wl": "Trace(CFacture::MAX_LIGNES, Double(2))\n",
    },
}


@pytest.mark.parametrize("lang", sorted(FILES))
def test_a_class_constant_uses_a_set_constant(tmp_path: Path, lang: str) -> None:
    (tmp_path / "wlproject.toml").write_text("", encoding="utf-8")
    for name, text in FILES[lang].items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = io.StringIO()
    wlinterp.run_file(str(tmp_path / "main.wl"), stdout=out, stderr=io.StringIO())
    assert out.getvalue().splitlines() == ["20, 40"]
    assert check_json(tmp_path) == []


SETS = {  # two procedure sets: each one's declarations are its own code (linked into one
    "en": ("CONSTANT\n\tX = Y + 1\nEND", "CONSTANT\n\tY = 1\nEND", "Trace(PA(), X, Y)\n",
           "PROCEDURE PA()\nRESULT X"),  # main code when run: the order rule per file
    "fr": ("CONSTANTE\n\tX = Y + 1\nFIN", "CONSTANTE\n\tY = 1\nFIN", "Trace(PA(), X, Y)\n",
           "PROCÉDURE PA()\nRENVOYER X"),
}


@pytest.mark.parametrize("lang", sorted(SETS))
def test_a_set_constant_uses_another_set_constant(tmp_path: Path, lang: str) -> None:
    first, second, main, proc = SETS[lang]
    (tmp_path / "wlproject.toml").write_text("", encoding="utf-8")
    (tmp_path / "SET_A.wdg").write_text(procedure_set("SET_A", first, {"PA": proc}),
                                        encoding="utf-8")
    (tmp_path / "SET_B.wdg").write_text(procedure_set("SET_B", second, {}), encoding="utf-8")
    (tmp_path / "main.wl").write_text(main, encoding="utf-8")
    out = io.StringIO()
    wlinterp.run_file(str(tmp_path / "main.wl"), stdout=out, stderr=io.StringIO())
    assert out.getvalue().splitlines() == ["2, 2, 1"]
    assert check_json(tmp_path) == []


def test_a_cycle_between_two_sets_is_refused(tmp_path: Path) -> None:
    (tmp_path / "wlproject.toml").write_text("", encoding="utf-8")
    (tmp_path / "SET_A.wdg").write_text(procedure_set("SET_A", "CONSTANT\n\tX = Y + 1\nEND",
                                                      {}), encoding="utf-8")
    (tmp_path / "SET_B.wdg").write_text(procedure_set("SET_B", "CONSTANT\n\tY = X\nEND", {}),
                                        encoding="utf-8")
    (tmp_path / "main.wl").write_text("Trace(X)\n", encoding="utf-8")
    with pytest.raises(wlinterp.WLError) as err:
        wlinterp.run_file(str(tmp_path / "main.wl"), stdout=io.StringIO(),
                          stderr=io.StringIO())
    assert "the constant 'X' depends on itself (X -> Y -> X)" in str(err.value)
    found = {(d["code"], d["message"].split(" (in ")[0]) for d in check_json(tmp_path)}
    assert ("WL111", "the constant 'Y' depends on itself (Y -> X -> Y)") in found
