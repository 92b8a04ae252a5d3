"""XMLExecuteXPath's two refusals (stdlib/xml_xpath.py _Query.fail): valid XPath 1.0
met where the subset does not take it stops with "not in the XPath subset" (an
operator the subset reads inside a predicate met outside one, `|` inside a predicate, an
axis); a query that is not XPath stops with "not valid XPath"."""
from __future__ import annotations

import pytest

from stdlib_helpers import call
from wlinterp.errors import WLRuntimeError
from wlinterp.runtime.state import Runtime


@pytest.mark.parametrize("query, token", [
    ("//b < 3", "<"), ("//b and //c", "and"), ("//b div 2", "div"), ("//b, //c", ","),
    ("//a[b | c]", "|"), ("child::b", "::")])
def test_valid_xpath_outside_the_subset(query: str, token: str) -> None:
    rt = Runtime()
    call(rt, "XMLDocument", "d", "<a><b>2</b><c>3</c></a>")
    with pytest.raises(WLRuntimeError, match=f"'{token}' in the query .* is not in the XPath subset"):
        call(rt, "XMLExecuteXPath", "d", query)


def test_not_xpath() -> None:
    rt = Runtime()
    call(rt, "XMLDocument", "d", "<a><b>2</b></a>")
    with pytest.raises(WLRuntimeError, match="is not valid XPath"):
        call(rt, "XMLExecuteXPath", "d", "//b]")
