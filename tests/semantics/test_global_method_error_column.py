"""A member that is not GLOBAL used in a GLOBAL method (`m_n`, `:m_n`, `Object.m_n`):
`wl run` stops at the member's name, the column of `wl check`'s WL111, not at the
statement's start (check said 6:7, run 6:1 for `Trace(m_n)`); and a write (`m_n = 5`)
stops too: it was kept on the class and read back (wlinterp/error_column.py,
runtime/objects.py; docs/check.md "What WINDEV's compiler refuses")."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from wlinterp.errors import WLRuntimeError
from wl_test_helpers import check_json, run_captured, write

EN = "CA is Class\n  m_n is int\nEND\nCA.Count()\nPROCEDURE GLOBAL CA::Count()\n"
FR = "CA est une Classe\n  m_n est un entier\nFIN\nCA.Compte()\nPROCÉDURE GLOBALE CA::Compte()\n"
CASES = [  # (the class and its GLOBAL method, the method's line, the member's column)
    (EN, "Trace(m_n)", 7),
    (EN, "x is int = m_n + 1", 12),
    (EN, "Trace(:m_n + 1)", 8),
    (EN, "Trace(1, Object.m_n)", 17),
    (EN, "m_n = 5", 1),
    (EN, "m_n++", 1),
    (FR, "Trace(2 * m_n)", 11),
    (FR, ":m_n = 5", 2),
    (FR, "x est un entier = Objet.m_n", 25),
]


@pytest.mark.parametrize("head, line, col", CASES)
def test_run_stops_at_the_member_where_check_reports(head: str, line: str, col: int,
                                                     tmp_path: Path) -> None:
    path = write(tmp_path, "global.wl", head + line + "\n")
    reported = [(d["line"], d["column"]) for d in check_json(path) if d["code"] == "WL111"]
    assert reported == [(6, col)]
    with pytest.raises(WLRuntimeError) as stopped:
        run_captured(path)
    where = re.search(r"global\.wl:(\d+):(\d+): '(\w+)' is not a global member",
                      str(stopped.value))
    assert where is not None, str(stopped.value)
    assert (int(where[1]), int(where[2]), where[3]) == (6, col, "m_n")
