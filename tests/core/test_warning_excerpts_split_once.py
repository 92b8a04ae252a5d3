"""A run's warnings quote one source: its lines are cut once, not once per warning (a
program of 500 procedures nothing calls gave 500 "never run" warnings, each splitting
the whole text again: 4.3 s of CPU for a 12,000-line `wl run`, minutes at 100,000
lines). wlinterp/errors.py `_lines_kept`. English and French programs."""
from __future__ import annotations

import io

import pytest

from wlinterp import errors
from wlinterp.engine import run_source


@pytest.mark.parametrize("head,proc,body", [
    ('Trace("go")\n', "PROCEDURE", "x is int = {i}\nTrace(x)\n"),
    ('Trace("go")\n', "PROCÉDURE", "x est un entier = {i}\nTrace(x)\n")])
def test_many_warnings_cut_the_source_once(monkeypatch, head, proc, body) -> None:
    source = head + "".join(f"{proc} P{i}()\n" + body.format(i=i) for i in range(40))
    cuts: list[int] = []
    real = errors.source_lines

    def counted(text: str) -> list[str]:
        if text == source:
            cuts.append(1)
        return real(text)

    monkeypatch.setattr(errors, "source_lines", counted)
    err = io.StringIO()
    run_source(source, "many.wl", stdout=io.StringIO(), stderr=err)
    shown = err.getvalue()
    assert shown.count("warning: this code is never run") == 40
    assert "many.wl:3:1:" in shown and f"many.wl:{2 + 3 * 39 + 1}:1:" in shown
    assert body.format(i=39).split("\n")[0] in shown  # the last one's line is quoted
    assert len(cuts) <= 2  # (the reporter may read the lines once for itself)


def test_another_source_is_quoted_from_its_own_lines() -> None:
    first = errors.format_warning("a.wl", 2, 1, "w", "x = 1\ny = 2\n")
    second = errors.format_warning("b.wl", 2, 1, "w", "p = 3\nq = 4\n")
    assert "y = 2" in first and "q = 4" in second and "y = 2" not in second
