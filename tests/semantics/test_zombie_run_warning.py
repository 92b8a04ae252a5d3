"""A call of a zombie procedure (`<zombie comment = "...">`, help ?1514085): `wl run`
warns of it as `wl check` does (WL221), in the same words at its first call (as each of
its warnings, once), and runs the calls; `wl check` says it at each call. Before, the attribute was skipped and nothing was said. English and
French."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from wl_test_helpers import check_json, run_captured

PROGRAMS = {
    "en": ("Trace(Total(1, 2))\nn is int = Total(3, 4)\nTrace(n)\n"
           "PROCEDURE Total(a, b) <zombie comment = \"use Sum\">\nRESULT a + b\n",
           "'Total' is a zombie procedure (obsolete): use Sum"),
    "fr": ("Trace(Totalise(1, 2))\nn est un entier = totalise(3, 4)\nTrace(n)\n"
           "PROCÉDURE Totalise(a, b) <zombie commentaire = \"utiliser Somme\">\n"
           "RENVOYER a + b\n", "is a zombie procedure (obsolete): utiliser Somme"),
}


@pytest.mark.parametrize("lang", sorted(PROGRAMS))
def test_each_call_is_warned_where_the_check_puts_it(lang: str, tmp_path: Path) -> None:
    text, words = PROGRAMS[lang]
    script = tmp_path / "main.wl"
    script.write_text(text, encoding="utf-8")
    out, err = run_captured(script)
    assert out.splitlines() == ["3", "7"]
    warned = [(int(m.group(1)), int(m.group(2)), m.group(3))
              for m in re.finditer(r"^.+?:(\d+):(\d+): warning: (.*)$", err, re.M)]
    assert len(warned) == 1 and words in warned[0][2], err
    checked = [(d["line"], d["column"], d["message"]) for d in check_json(script)
               if d["code"] == "WL221"]
    assert [(line, col) for line, col, _ in checked] == [(1, 7), (2, 12 if lang == "en"
                                                                  else 19)]
    assert checked[0] == warned[0]
