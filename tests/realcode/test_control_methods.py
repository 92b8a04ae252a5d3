"""A control's function in prefix syntax, `Table1.ModifieLigne(n, ...)` (the control first:
TableModifieLigne(Table1, n, ...)), on a control the window file declares, is a window
function: WL103, it compiles and stops only if it runs, as the function written out
does. It was WL102 "unknown procedure or function 'ModifieLigne'" for every such method
no array function happens to share (`Table1.AjouteLigne` passed as TableauAjouteLigne).
Sources written for this test, in the layout of a window saved in text format; English
and French (wlinterp/semantics/method_calls.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from wl_test_helpers import check_json

CODE = {"en": ("Table1.ModifyLine(1, \"a\", 2)", "Table1.Display()", "Table1.ModifyLine"),
        "fr": ("Table1.ModifieLigne(1, \"a\", 2)", "Table1.Affiche()", "Table1.ModifieLigne")}


def window(lines: tuple[str, ...]) -> str:
    code = "".join(f"        {line}\n" for line in lines)
    return ("info :\n name : WIN_Links\n type : 1\nwindow :\n name : WIN_Links\n"
            " controls :\n  -\n   name : Table1\n   type : 9\n  -\n   name : Refresh\n"
            "   type : 4\n   code_elements :\n    type_code : 4\n    p_codes :\n     -\n"
            "       code : |1+\n" + code + "       type : 18\n")


@pytest.mark.parametrize("lang", sorted(CODE))
def test_a_method_of_a_control_of_the_window_is_a_window_function(
        lang: str, tmp_path: Path) -> None:
    modify, display, shown = CODE[lang]
    path = tmp_path / "WIN_Links.wdw"
    path.write_text(window((modify, display, "sName is string = \"x\"",
                            "Trace(sName.Upper())")), encoding="utf-8")
    found = check_json(path)
    assert [d["code"] for d in found if d["severity"] == "error"] == ["WL103", "WL103"]
    assert str(found[0]["message"]).startswith(f"{shown} is a window function: not "
                                               "available outside the IDE")
    assert found[0]["line"] == 18 and found[1]["line"] == 19


def test_a_method_of_an_undeclared_name_stays_unknown(tmp_path: Path) -> None:
    """Only a name the element declares is a control: `Other.Display()` keeps WL101."""
    path = tmp_path / "WIN_Links.wdw"
    path.write_text(window(("Other.Display()",)), encoding="utf-8")
    assert [d["code"] for d in check_json(path) if d["severity"] == "error"] == ["WL101"]
