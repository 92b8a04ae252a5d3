"""benchmarks/parse_identical.py, the before/after check of parser changes: it finds the
sources, its digests are reproducible, and a change of a token, a tree or an error shows."""
from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def load(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    return importlib.import_module("parse_identical")


def tree(root: Path) -> None:
    (root / "tests").mkdir()
    (root / "docs").mkdir()
    (root / "a.wl").write_text("x is int = 1\nIF x > 0 THEN Trace(x)\n", encoding="utf-8")
    (root / "bad.wl").write_text("SI x ALORS\n", encoding="utf-8")
    (root / "tests" / "test_x.py").write_text('SRC = """POUR i = 1 À 3\\nFIN\\n"""\n',
                                              encoding="utf-8")
    (root / "docs" / "d.md").write_text("```wl\ny = 2 * 3\n```\n", encoding="utf-8")


def test_the_digests_are_reproducible_and_show_a_change(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    script = load(monkeypatch)
    root = tmp_path / "root"
    root.mkdir()
    tree(root)
    ids = [ident for ident, _ in script.sources(root)]
    assert ids == ["a.wl", "bad.wl", "docs/d.md#fence0", "tests/test_x.py#str0"]
    first, second, changed = (str(tmp_path / n) for n in ("1.txt", "2.txt", "3.txt"))
    args = ["--root", str(root), "--fragments", "40"]
    assert script.main([first, *args]) == 0
    assert script.main([second, *args]) == 0
    assert len(Path(first).read_text().splitlines()) == 44
    assert script.main(["--compare", first, second]) == 0
    real = script.parse

    def other_errors(text: str, filename: str) -> object:  # an error's column moved
        try:
            return real(text, filename)
        except Exception as err:
            err.column += 1
            raise

    monkeypatch.setattr(script, "parse", other_errors)
    assert script.main([changed, *args]) == 0
    capsys.readouterr()
    assert script.main(["--compare", first, changed]) == 1
    assert "bad.wl\n" in capsys.readouterr().out
