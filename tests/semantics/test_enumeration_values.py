"""Enumeration variables and parameters take only values of their enumeration (help page
"Enumeration (Type of variable)" ?1514067: `Post1 = 1` and `Post1 = "Walk"` are
compilation errors): `wl check` and `wl run` refuse them at their place; the uses that
stay valid are not reported."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from wlinterp.check import CheckOptions, check_paths

DECL = ("RobotType is Enumeration\n\tWalk\n\tStopped\nEND\n"
        "Other is Enumeration\n\tA\n\tB\nEND\n"
        "Post1 is RobotType\nn is int = 2\no is Other\nv is variant = Walk\n")
PROC = "PROCEDURE Show(p is RobotType)\nTrace(p)\n"


def check(tmp_path: Path, body: str) -> tuple[int, str]:
    path = tmp_path / "e.wl"
    path.write_text(DECL + body + PROC, encoding="utf-8")
    err = io.StringIO()
    code = check_paths([str(path)], err=err, out=io.StringIO(),
                       options=CheckOptions())
    return code, err.getvalue()


@pytest.mark.parametrize("line, why", [
    ("Post1 = 1", "not a number"),
    ("post1 = -2", "not a number"),
    ('Post1 = "Walk"', "not a text"),
    ("Post1 = True", "not a boolean"),
    ("Post1 = Other.A", "not a value of Other"),
    ("Post1 = B", "not a value of Other"),
    ("Post1 = o", "not 'o' (Other)"),
    ("Post1 = n", "not 'n' (int)"),
])
def test_a_value_not_of_the_enumeration_is_refused_at_its_place(tmp_path: Path, line: str,
                                                                why: str) -> None:
    code, err = check(tmp_path, line + "\nShow(Post1)\n")
    assert code == 65
    row = DECL.count("\n") + 1
    assert f"e.wl:{row}:1: error[WL110]: 'Post1' is of the enumeration " \
           f"RobotType: it only takes a value of RobotType, {why}" in err
    lines = err.splitlines()
    at = next(i for i, l in enumerate(lines) if "error[WL110]" in l)
    assert lines[at + 1] == "    " + line and lines[at + 2].startswith("    ^")


def test_a_declaration_and_an_argument_are_checked_too(tmp_path: Path) -> None:
    code, err = check(tmp_path, "p2 is RobotType = 3\nShow(2)\nShow(A)\n")
    row = DECL.count("\n") + 1
    assert code == 65
    assert f"e.wl:{row}:1: error[WL110]: 'p2' is of the enumeration RobotType" in err
    assert f"e.wl:{row + 1}:6: error[WL110]: the parameter 'p' of Show is of the " \
           f"enumeration RobotType: it only takes a value of RobotType, not a number" in err
    assert f"e.wl:{row + 2}:6: error[WL110]: the parameter 'p' of Show" in err


def test_valid_uses_are_not_reported(tmp_path: Path) -> None:
    body = ("Post1 = Stopped\nPost1 = RobotType.Walk\nPost1 = v\nShow(Walk)\nShow(Post1)\n"
            "IF Post1 = Walk OR Post1 = 1 THEN Trace(Post1..Name, Post1..Value)\n"
            "FOR EACH r OF RobotType\n\tShow(r)\nEND\nTrace(o)\n")
    code, err = check(tmp_path, body)
    assert (code, err.count("error[")) == (0, 0), err


def test_wl_run_refuses_the_program_before_it_runs(tmp_path: Path) -> None:
    from wlinterp.engine import run_source
    from wlinterp.errors import WLError
    out = io.StringIO()
    with pytest.raises(WLError) as caught:
        run_source('Trace("before")\n' + DECL + 'Post1 = "Walk"\n', "r.wl", stdout=out,
                   stderr=io.StringIO(), options={})
    assert out.getvalue() == ""
    assert caught.value.line == DECL.count("\n") + 2
    assert "only takes a value of RobotType, not a text" in caught.value.message
