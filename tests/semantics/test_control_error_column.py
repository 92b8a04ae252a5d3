"""A window control (or window constant) used outside a window: `wl run` stops at the
control's name, the column where `wl check` puts its WL212 warning, not at the
statement's start (`x = x + EDT_Name` pointed at `x`), in English and French code
(wlinterp/error_column.py, docs/check.md "Window controls")."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from wlinterp.errors import WLRuntimeError
from wl_test_helpers import check_json, run_captured, write

CASES = [  # (the line after the declaration, the name's column)
    ("x = x + EDT_Name", 9),
    ("EDT_Name = 3", 1),
    ("EDT_Name..Visible = True", 1),
    ("Trace(EDT_Name..Value)", 7),
    ('Trace("EDT_Name", 1 + EDT_Name.Value)', 23),
    ("Trace(Length(TABLE_Orders..Count))", 14),
    ("IF x = 0 THEN EDT_Name = 2", 15),
    ("x = 1 + EDT_Name + EDT_Name", 9),
    ("x = x + SAI_Nom", 9),
    ("SAI_Nom..Visible = Vrai", 1),
    ("SI x = 0 ALORS Trace(x, BTN_Valider..Etat)", 25),
    ("Trace(MoiMême..Valeur)", 7),
    ("SI x = 1 OU x = Non ALORS Trace(x)", 17),
    ("  Trace(1); x = JAUGE_Progression..BorneMax + 1", 17),
]


@pytest.mark.parametrize("line, col", CASES)
def test_run_stops_at_the_control_where_check_warns(line: str, col: int,
                                                    tmp_path: Path) -> None:
    declared = "x est un entier\n" if "Vrai" in line or "SI" in line or "ê" in line \
        or "SAI" in line or "JAUGE" in line else "x is int\n"
    path = write(tmp_path, "window.wl", declared + line + "\n")
    warned = [(d["line"], d["column"]) for d in check_json(path) if d["code"] == "WL212"]
    assert warned[0] == (2, col)
    with pytest.raises(WLRuntimeError) as stopped:
        run_captured(path)
    where = re.search(r"window\.wl:(\d+):(\d+): (\w+)", str(stopped.value))
    assert where is not None, str(stopped.value)
    assert (int(where[1]), int(where[2])) == (2, col)
