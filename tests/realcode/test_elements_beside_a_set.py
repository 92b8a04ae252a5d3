"""`PageAddress(connection)` in a set checked beside the page `connection.wwh`: the name
is the page (a page, a window or a report saved beside the checked file is a known name,
project/elements.py), not the Connection type (WL110 "'connection' is a
type, not a value"), in English and French; without the page file, the argument of the
page function (WL103) is still an element's name, not WL110 (since 5 Dec 2026, RW: `wl
run` stops at the call only; tests/realcode/test_element_named_like_a_type.py).
Sources written for this test."""
from __future__ import annotations

from pathlib import Path

import pytest

from wl_test_helpers import check_json

_SET = """\
info :
 name : COL_Pages
 type : 7
procedure_set :
 code_elements :
  type_code : 31
  p_codes : []
  procedures :
   -
     name : InitializePages
     type_code : 15
     code : |1+
      {code}
     type : 458752
"""
_PAGE = """\
info :
 name : {name}
 type : 65538
page :
 name : {name}
 code_elements :
  type_code : 1
  p_codes : []
"""
_CODE = {"en": "PROCEDURE InitializePages() : string\n      RESULT PageAddress(connection)",
         "fr": "PROCÉDURE InitializePages() : chaîne\n      RENVOYER PageAdresse(Connexion)"}


def _wl110(folder: Path, language: str, page: str | None, suffix: str = ".wwh") -> list[str]:
    (folder / "COL_Pages.wdg").write_text(_SET.format(code=_CODE[language]), "utf-8")
    if page is not None:
        (folder / (page + suffix)).write_text(_PAGE.format(name=page), "utf-8")
    return [str(d["message"]) for d in check_json(folder / "COL_Pages.wdg")
            if d["code"] == "WL110"]


@pytest.mark.parametrize("language,page", [("en", "connection"), ("fr", "Connexion")])
def test_a_page_beside_the_set_is_its_name(language: str, page: str, tmp_path: Path) -> None:
    assert _wl110(tmp_path, language, page) == []


def test_a_window_beside_the_set_is_its_name(tmp_path: Path) -> None:
    assert _wl110(tmp_path, "en", "Connection", ".wdw") == []


@pytest.mark.parametrize("language,name", [("en", "connection"), ("fr", "Connexion")])
def test_without_the_page_only_the_call_is_reported(language: str, name: str,
                                                    tmp_path: Path) -> None:
    assert _wl110(tmp_path, language, None) == []
    codes = [d["code"] for d in check_json(tmp_path / "COL_Pages.wdg")
             if d["severity"] == "error"]
    assert codes == ["WL103"], name
