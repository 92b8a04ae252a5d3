"""The project file's initialization keeps its declarations only (project/project_file.py),
and what the compiler and the semantic pass learn of a body (semantics/facts.py: its
declarations, assignments, calls) is cached by the body's identity until the next
compilation. The kept part is therefore a new body, not the parsed one cut in place: a
walk of the whole initialization made before the cut (by any step that comes to look at
the freshly parsed file) is never served for the kept declarations. English and French."""
from __future__ import annotations

from pathlib import Path

import pytest

from windev_text import project_file
from wlinterp.project import linker, project_file as project_file_module
from wlinterp.project.sources import find_layout
from wlinterp.semantics.facts import facts, forget_facts
from wlinterp.syntax.names import fold

INIT = {
    "en": "GLOBAL\n\tgnPort is int = 5010\ngnPort = 80\nOpen(WIN_Main)\n",
    "fr": "GLOBAL\n\tgnPort est un entier = 5010\ngnPort = 80\nOuvre(FEN_Principale)\n",
}


def _walked_when_parsed(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Make every parse of a file walk its main body at once (as a later step of the
    parse might); the bodies walked so are returned."""
    walked: list[object] = []
    original = linker.parse_file

    def parse_and_walk(*args: object) -> linker.ParsedFile:
        parsed = original(*args)  # type: ignore[arg-type]
        facts(parsed.program.main)
        walked.append(parsed.program.main)
        return parsed

    monkeypatch.setattr(project_file_module, "parse_file", parse_and_walk)
    return walked


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_kept_declarations_are_not_answered_with_the_whole_initialization(
        lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "App.wdp").write_text(project_file("App", INIT[lang]), encoding="utf-8")
    (tmp_path / "main.wl").write_text("Trace(gnPort)\n", encoding="utf-8")
    forget_facts()
    walked = _walked_when_parsed(monkeypatch)
    warnings: list[str] = []
    parsed = project_file_module.project_globals(find_layout(str(tmp_path / "main.wl")),
                                                 "<project>", warnings)
    assert parsed is not None and warnings == [] and len(walked) == 1
    whole = facts(walked[0])  # type: ignore[arg-type]
    assert "gnport" in whole.assigned and len(whole.calls) == 1  # the cut-out parts
    kept = facts(parsed.program.main)
    assert [fold(name) for name, _ in kept.decls] == ["gnport"]
    assert kept.calls == [] and kept.assigned == set()  # not the whole one's answers
    assert parsed.program.main.on_error is None and parsed.program.main.on_end is None
    forget_facts()
