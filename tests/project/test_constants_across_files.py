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
