"""`o..Exist` / `o..Existe` on an object of a class that is not dynamic (`o is C`): wl
check let it pass (the run answers it before the members) but the run stopped with
"'Exist' is not a member of the class C." (a dynamic object after `new` too). An object
that is there answers True; a Null dynamic object False; a member of that name is read
(docs/semantics.md 'Exist on an object', INFERRED). Check and run agree, EN and FR."""
from __future__ import annotations

from pathlib import Path

import pytest

from wl_test_helpers import check_json, run_captured, write

_EN = """C is Class
	x is int
END
S is Structure
	Exist is boolean
END
o is C
d is C dynamic
Trace(o..Exist, d..Exist)
d = new C
Trace(d..EXIST)
s is S
Trace(s..Exist)
"""
_FR = """C est une Classe
	x est un entier
FIN
S est une Structure
	Existe est un booléen
FIN
o est un C
d est un C dynamique
Trace(o..Existe, d..Existe)
d = allouer un C
Trace(d..existe)
s est un S
Trace(s..Existe)
"""


@pytest.mark.parametrize("text", [_EN, _FR], ids=["en", "fr"])
def test_exist_on_an_object_is_answered_by_check_and_run(text: str, tmp_path: Path) -> None:
    path = write(tmp_path, "exist.wl", text)
    errors = [d for d in check_json(path) if d["severity"] == "error"]
    assert errors == []
    out, err = run_captured(path)
    assert err == ""
    assert out.splitlines() == ["1, 0", "1", "0"]
