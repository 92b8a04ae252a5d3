"""A shop's basket written as three text-format files per language, in the IDE's layout
(tests/realcode/shop/en and fr, written for these tests): a procedure set whose
declarations hold constants, structures, a global set's tax rate and an array of objects
of a class declared in another file; a base class and a class derived from it in a third
file (`inherits from` / `hérite de`, the ancestor's constructor and method called by the
class's name) reading the set's global through the set's name; the set calling the
classes, returning two values. `wl check` of each folder finds nothing and `wl run
--call` gives the basket the set computes, before and after the set's rate changes."""
from __future__ import annotations

from pathlib import Path

import pytest

from wlinterp.cli import main
from wl_test_helpers import check_json

HERE = Path(__file__).resolve().parent / "shop"
FILES = {"en": ["SET_Shop.wdg", "CItem.wdc", "CProduct.wdc"],
         "fr": ["COL_Boutique.wdg", "CArticle.wdc", "CProduit.wdc"]}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_each_folder_checks_clean(lang: str) -> None:
    assert check_json(*(HERE / lang / name for name in FILES[lang])) == []


@pytest.mark.parametrize("lang, proc, shown", [
    ("en", "BasketDemo", ["0, 3", "3 x Brake pads [Pro] at 29.4", "1 x Oil filter at 9.9",
                          "4 x Spark plug [Eco] at 4.92", "117.78, 0", "15.92"]),
    ("fr", "PanierDémo", ["0, 3", "3 x Plaquettes de frein [Pro] à 29.4",
                          "1 x Filtre à huile à 9.9", "4 x Bougie [Eco] à 4.92", "117.78, 0",
                          "15.92"]),
])
def test_the_set_runs_with_the_classes_of_its_folder(lang: str, proc: str, shown: list[str],
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["run", "--call", proc, str(HERE / lang / FILES[lang][0])])
    out, err = capsys.readouterr()
    assert (code, out.splitlines()) == (0, shown), err
