"""Mends of a review of the cookie code (6 Dec 2026), each pinned here, EN and FR;
docs/builtins.md "HTTP cookies". Loopback servers only.

- A Cookie's Expiration given as digits that name no date ("99999999") is refused at
  once, in words: it was kept, and HTTPCookieReplace then stopped the run with a Python
  date-reader error.
"""
from __future__ import annotations

import io

import pytest

from wlinterp.engine import run_source
from wlinterp.errors import WLRuntimeError

NO_DATE_EN = """c is Cookie
c.Name = "k"
c.Value = "v"
c.Expiration = "{when}"
Trace("kept", c.Expiration)
arr is array of Cookie
Add(arr, c)
HTTPCookieReplace("127.0.0.1", arr)
"""
NO_DATE_FR = """c est un Cookie
c.Nom = "k"
c.Valeur = "v"
c.Expiration = "{when}"
Trace("gardé", c.Expiration)
tab est un tableau de Cookie
Ajoute(tab, c)
HTTPCookieRemplace("127.0.0.1", tab)
"""


@pytest.mark.parametrize("code", [NO_DATE_EN, NO_DATE_FR], ids=["en", "fr"])
@pytest.mark.parametrize("when", ["99999999", "20261301", "202612312560", "20261231235975"])
def test_digits_that_name_no_date_are_refused_in_words(code: str, when: str) -> None:
    out = io.StringIO()
    with pytest.raises(WLRuntimeError) as stopped:
        run_source(code.replace("{when}", when), "nodate.wl", stdout=out,
                   stderr=io.StringIO())
    assert out.getvalue() == ""
    assert (f"nodate.wl:4:1: Cookie: '{when}' is not an expiration date"
            in str(stopped.value)), stopped.value


@pytest.mark.parametrize("code", [NO_DATE_EN, NO_DATE_FR], ids=["en", "fr"])
def test_digits_of_a_real_date_are_kept(code: str) -> None:
    out = io.StringIO()
    run_source(code.replace("{when}", "202612312359"), "date.wl", stdout=out,
               stderr=io.StringIO())
    assert out.getvalue().split()[1:] == ["20261231235900000"]
