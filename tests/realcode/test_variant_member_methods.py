"""`wl check` of a method calling a method of a member that is a variant (declared so,
or of a type nobody declares: PC SOFT's DirectX class CD3DFont, `m_pclDevice est un
IDirect3DDevice9 dynamique` then `m_pclDevice:SetRenderState(...)` 17 times): the method
is chosen at run time on the object the member holds, as for a variant variable; it was
WL102 "unknown procedure or function" for each call. A member of a declared class keeps
its WL109 for a method the class lacks."""
from __future__ import annotations

from pathlib import Path

import pytest

from wl_test_helpers import check_json

GOLDEN = Path(__file__).parent.parent / "golden" / "realcode"


@pytest.mark.parametrize("name", ["variant_member_method.wl",
                                  "methode_d_un_membre_variant.wl"])
def test_no_unknown_procedure(name: str) -> None:
    assert [d["code"] for d in check_json(GOLDEN / name)] == ["WL207"]


def test_a_member_of_a_declared_class_is_still_checked(tmp_path: Path) -> None:
    src = tmp_path / "declared.wl"
    src.write_text("CDevice is Class\n\tm_n is int\nEND\nCScene is Class\n"
                   "\tm_dev is CDevice dynamic\nEND\ns is CScene\ns.Render()\n\n"
                   "PROCEDURE CScene::Render()\nm_dev:Missing(1)\n:m_dev:Missing(2)\n",
                   encoding="utf-8")
    assert [d["code"] for d in check_json(src)] == ["WL109", "WL109"]
