"""What `wl check` and `wl run` print about hostile sources: a problem on a blank line
keeps its line and caret, and a huge identifier is cut in messages and hints
(errors.capped_words), never printed whole."""
from __future__ import annotations

import json
from typing import Any, Callable

HUGE = "a" * 5000


def test_a_problem_on_a_blank_line_has_its_line_and_caret(wl_cli: Callable[..., Any],
                                                           tmp_path: Any) -> None:
    """A file-level problem at 1:1 of a file whose first line is blank (it printed the
    place alone, with neither line nor caret); also an empty file, for `wl run`."""
    (tmp_path / "blank.wdc").write_text("\n\nx = 1\n", encoding="utf-8")
    checked = wl_cli("check", "blank.wdc")
    lines = (checked.out + checked.err).splitlines()
    assert lines[0].startswith("blank.wdc:1:1: error[WL100]: not a WINDEV text-format"), checked
    assert lines[1].strip() == "" and lines[2].strip() == "^", checked
    (tmp_path / "empty.wdc").write_text("", encoding="utf-8")
    ran = wl_cli("run", "empty.wdc")
    lines = ran.err.splitlines()
    assert ran.code == 65 and lines[0].startswith("empty.wdc:1:1: error: "), ran
    assert lines[2].strip() == "^", ran


def test_a_huge_name_is_cut_in_check_messages_and_hints(wl_cli: Callable[..., Any],
                                                        script: Callable[[str], str]) -> None:
    path = script(f"Trace({HUGE})\nx is int\nx.{'b' * 3000} = 1\nZork{'c' * 300}(1)\n")
    checked = wl_cli("check", path)
    assert checked.code == 65, checked
    printed = checked.out + checked.err
    assert HUGE not in printed and "b" * 200 not in printed, printed[:2000]
    assert f"'{'a' * 48}...[5000 characters]' is not declared" in printed
    assert f"hint: declare it first, e.g. '{'a' * 48}...[5000 characters] is string'" \
        in printed
    assert "A value of type integer has no member '" + "b" * 48 + "...[3000 characters]'" \
        in printed  # (the run's words for a member of a number, as `wl run` says them)
    assert "unknown procedure or function 'Zork" in printed and "...[304 characters]'" \
        in printed
    as_json = json.loads(wl_cli("check", "--format", "json", path).out)
    messages = [d["message"] + (d["hint"] or "") for d in as_json["diagnostics"]]
    assert messages and all(len(m) < 400 for m in messages), messages


def test_a_huge_name_is_cut_in_run_warnings_and_errors(wl_cli: Callable[..., Any],
                                                       script: Callable[[str], str]) -> None:
    ran = wl_cli("run", script(f"Trace({HUGE})\nx is int\nx.{'b' * 3000} = 1\n"))
    assert ran.code == 1, ran
    assert HUGE not in ran.err and "b" * 200 not in ran.err, ran
    assert f"'{'a' * 48}...[5000 characters]' is not declared" in ran.err, ran
    assert f"has no member '{'b' * 48}...[3000 characters]'." in ran.err, ran


def test_ordinary_names_and_messages_are_untouched(wl_cli: Callable[..., Any],
                                                   script: Callable[[str], str]) -> None:
    name = "n" + "x" * 120  # 121 letters: a long name, under the cut
    ran = wl_cli("check", script(f"Trace({name})\n"))
    assert f"'{name}' is not declared" in ran.out + ran.err, ran


def test_a_parent_line_outside_a_class_is_named(wl_cli: Callable[..., Any],
                                                script: Callable[[str], str]) -> None:
    """`inherits from CBase` / `hérite de CBase` where no class header is above it (a
    class's lines cut apart): the parser met the INHERITS token, whose value is the
    inheritance's access ("" when public), and said "unexpected ''". Check and run name
    the line, in English and French, with its caret on its first word."""
    for text, word in (("x is int\n    inherits from CBase\n", "inherits"),
                       ("x est un entier\n    hérite de CBase\n", "hérite"),
                       ("PRIVÉ hérite de CBase\n", "PRIVÉ")):
        path = script(text)
        for command in ("check", "run"):
            done = wl_cli(command, path)
            printed = done.out + done.err
            assert done.code == 65, printed
            assert "unexpected ''" not in printed, printed
            assert "unexpected a class's parent line (inherits from, hérite de, an object, " \
                "un objet), which goes under the class's header" in printed, printed
            lines = printed.splitlines()
            at = next(i for i, line in enumerate(lines) if "parent line" in line)
            caret = lines[at + 2].index("^")
            assert lines[at + 1][caret:].startswith(word), printed
