"""A window whose menu options carry code, saved (as PC SOFT's example windows are) with
the `menu :` section before the window's own `code_elements :`: the menu option's block is
not the window's declarations, so the window's globals stay visible to its opening code,
its procedures and the option itself (tests/realcode/menus: a window in each language,
written for these tests)."""
from __future__ import annotations

from pathlib import Path

import pytest

from wlinterp.check_elements import declaration_block as _declaration_block
from wlinterp.syntax.winfile import code_blocks
from wl_test_helpers import check_json

HERE = Path(__file__).resolve().parent / "menus"


@pytest.mark.parametrize("name", ["WIN_Counter.wdw", "FEN_Compteur.wdw"])
def test_a_window_with_a_menu_first_checks_clean(name: str) -> None:
    assert check_json(HERE / name) == []


@pytest.mark.parametrize("name, declared", [("WIN_Counter.wdw", "gnClicks is int"),
                                            ("FEN_Compteur.wdw", "gnClics est un entier")])
def test_the_declarations_are_the_window_s_block_not_the_menu_option_s(
        name: str, declared: str) -> None:
    blocks = code_blocks((HERE / name).read_text(encoding="utf-8"))
    assert blocks[0].text.startswith(("AddClicks", "AjouteClics"))  # the option, first
    first = _declaration_block(blocks)
    assert first is not None and first.text.strip() == declared
