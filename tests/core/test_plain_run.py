"""`wl run FILE` and `wl FILE` without options are run without argparse (commands/run.py
`plain_run`): argparse with the gettext and locale its messages import was about 5% of a
one-line run's instructions. The namespace must be the parser's, and the options still
go through it."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from wlinterp.cli import main, overview_parser
from wlinterp.commands.run import build_parser, plain_run

_PROBE = """
import sys
from wlinterp.cli import main
code = main(sys.argv[1:])
print(code, *(name in sys.modules for name in ("argparse", "gettext", "locale")))
"""


def test_the_plain_command_lines_give_the_parsers_namespace() -> None:
    assert vars(plain_run("x.wl")) == vars(build_parser().parse_args(["x.wl"]))
    assert vars(plain_run("x.wl", short_form=True)) == vars(
        overview_parser().parse_args(["x.wl"]))
    first, second = plain_run("x.wl"), plain_run("y.wl")
    first.args.append("a")
    first.smtp_route.append("b")
    assert second.args == [] and second.smtp_route == []  # fresh lists, as argparse's


def test_a_one_line_run_imports_no_argparse(tmp_path: Path) -> None:
    script = tmp_path / "one.wl"
    script.write_text('Trace("ok")\n', encoding="utf-8")
    def probe(argv: list[str]) -> list[str]:
        proc = subprocess.run([sys.executable, "-c", _PROBE, *argv], capture_output=True,
                              text=True, timeout=120)
        assert proc.stdout.startswith("ok\n"), proc
        return proc.stdout.split()[-4:]
    probe(["run", str(script)])  # (a first run may rebuild the caches: every family)
    assert probe(["run", str(script)]) == ["0", "False", "False", "False"]
    assert probe([str(script)]) == ["0", "False", "False", "False"]


def test_options_still_go_through_the_parser(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    script = tmp_path / "one.wl"
    script.write_text("Trace(1)\n", encoding="utf-8")
    assert main(["run", "--strict", str(script)]) == 0
    assert main(["run", "--no-such-option", str(script)]) == 2
    assert main(["rnu"]) == 2
    err = capsys.readouterr().err
    assert "unrecognized arguments: --no-such-option" in err or "--no-such-option" in err
    assert "did you mean run?" in err
