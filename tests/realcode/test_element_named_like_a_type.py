"""A page or window named like a WLanguage type, passed to a page or window function:
PC SOFT's WEBDEV Motor Equipment site writes `PageAddress(connection)` (its login page is
called `connection`). The call is WL103 (it needs a site or a window), and its argument
names an element, as any other name there does; `wl check` also said WL110 "'connection'
is a type, not a value" at the argument. A type's name read as a value elsewhere is
still WL110. English and French (`PageAdresse(connexion)`, `Ouvre(Connexion)`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from wl_test_helpers import check_json, write

CODE = {
    "en": "sURL is string = PageAddress(connection)\nOpen(Connection, 1)\nTrace(sURL)\n"
          "n is int = connection\nTrace(n)\n",
    "fr": "sURL est une chaîne = PageAdresse(connexion)\nOuvre(Connexion, 1)\nTrace(sURL)\n"
          "n est un entier = connexion\nTrace(n)\n",
}


@pytest.mark.parametrize("lang", sorted(CODE))
def test_an_element_argument_named_like_a_type(lang: str, tmp_path: Path) -> None:
    found = [(d["code"], d["line"], d["column"]) for d in
             check_json(write(tmp_path, f"pages_{lang}.wl", CODE[lang]))
             if d["severity"] == "error"]
    column = 18 if lang == "en" else 23
    assert found == [("WL103", 1, column), ("WL103", 2, 1), ("WL110", 4, 12 if lang == "en"
                                                            else 19)]
