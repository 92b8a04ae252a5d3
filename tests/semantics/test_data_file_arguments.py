"""`wl check` without an analysis: the data files are the names the H* calls give, and
for FileToArray, FileToMemory and MemoryToFile that name is the second argument."""
from __future__ import annotations

import pytest

from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax.parser import parse

CLASS = """CProduct is Class
\tm_sRef is string <mapping="Reference">
END
PROCEDURE CProduct::Load()
{call}
"""


@pytest.mark.parametrize("call", ["FileToMemory(object, Product)",
                                  "FichierVersMémoire(objet, Product)",
                                  "MemoryToFile(object, Product)",
                                  "MémoireVersFichier(objet, Product)",
                                  "t is array of CProduct\nFileToArray(t, Product)"])
def test_the_second_argument_names_a_data_file(call: str) -> None:
    text = CLASS.format(call=call)
    codes = [d.code for d in analyze(parse(text, "p.wl"), load_stdlib(),
                                     infer_data=True).diagnostics]
    assert "WL101" not in codes


def test_the_first_argument_is_still_a_variable() -> None:
    text = CLASS.format(call="FileToMemory(oCustomer, Product)")
    said = [(d.code, d.message) for d in analyze(parse(text, "p.wl"), load_stdlib(),
                                                 infer_data=True).diagnostics]
    assert ("WL101", "'oCustomer' is not declared") in said
