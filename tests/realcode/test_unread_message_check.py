"""`wl check` on a multilingual message `<§@...§>` whose text neither the element's file
nor its project file holds: WL218 (a warning) at the reference, with the words and the
file:line:col of `wl run`'s warning; it said nothing. A reference the files hold is
read as its text and said nothing of, in a procedure set and in a window's code blocks
(which now read the project file's texts too). English and French projects written for
this test (docs/check.md, WL218)."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from test_project_messages import CASES, _project
from wl_test_helpers import check_json, write
from wlinterp.project import run_script


def _warnings(found: list[dict[str, object]]) -> list[tuple[object, object]]:
    return [(d["line"], d["column"]) for d in found if d["code"] == "WL218"]


@pytest.mark.parametrize("lang", sorted(CASES))
def test_check_warns_where_the_run_warns(lang: str, tmp_path: Path) -> None:
    case = _project(tmp_path, lang, with_project_file=False)
    path = tmp_path / f"{case['name']}.wdg"
    found = check_json(path)
    err = io.StringIO()
    run_script(str(path), stdout=io.StringIO(), stderr=err, call=case["proc"])
    ran = [tuple(int(n) for n in w.split(": warning: ")[0].rsplit(".wdg:", 1)[1].split(":"))
           for w in err.getvalue().splitlines() if "warning:" in w]
    assert _warnings(found) == ran and len(ran) == 3, (found, ran)
    first = next(d for d in found if d["code"] == "WL218" and d["line"] == 20)  # index 3
    assert d_message(first).startswith(
        "<§@00000000000000000003§> is a multilingual message of the project (index 3 of "
        "the texts the project file (.wdp, .wwp) keeps under 'resources : string_res'), "
        "not found")
    assert first["severity"] == "warning"


def d_message(d: dict[str, object]) -> str:
    return str(d["message"])


@pytest.mark.parametrize("lang", sorted(CASES))
def test_messages_the_files_hold_are_not_warned(lang: str, tmp_path: Path) -> None:
    case = _project(tmp_path, lang)
    found = check_json(tmp_path / f"{case['name']}.wdg")
    assert _warnings(found) == [(27, 7 + len(case["result_word"]))], found  # index 4


_WINDOW = ("info :\n name : WIN_Ledger\n type : 1\nwindow :\n name : WIN_Ledger\n"
           " controls :\n  -\n   name : BTN_Open\n   type : 4\n   code_elements :\n"
           "    type_code : 4\n    p_codes :\n     -\n       code : |1+\n"
           "        {trace}(<§@00000000000000000003§>)\n"
           "        {trace}(<§@00000000000000000009§>)\n"
           "       type : 18\n")


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_window_s_blocks_read_the_project_s_messages(lang: str, tmp_path: Path) -> None:
    """Index 3 is in the project file: read; index 9 is nowhere: WL218 at it, naming the
    block."""
    _project(tmp_path, lang)
    path = write(tmp_path, "WIN_Ledger.wdw", _WINDOW.format(trace="Trace"))
    found = check_json(path)
    assert _warnings(found) == [(16, 15)], found
    assert "(index 9 of" in d_message(found[0]) and "(in BTN_Open" in d_message(found[0])


def test_no_reference_no_warning(tmp_path: Path) -> None:
    path = write(tmp_path, "WIN_Ledger.wdw", _WINDOW.format(trace="Trace").replace(
        "<§@00000000000000000003§>", '"a"').replace("<§@00000000000000000009§>", '"b"'))
    assert _warnings(check_json(path)) == []
