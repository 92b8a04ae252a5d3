"""XMLExecuteXPath's refusals (stdlib/xpath_tokens.py, xpath_parse.py, xpath_eval.py):
valid XPath 1.0 that wlinterp does not evaluate (the namespace axis, a variable) and
functions that are not XPath 1.0's stop with "not in the XPath subset"; a query that is
not XPath stops with "not valid XPath"; XPath 1.0's type errors (a union, a predicate or
a step on a value, a node-set function given a value) stop in words. Each is a
WLanguage error, never Python's."""
from __future__ import annotations

import re

import pytest
from stdlib_helpers import call

from wlinterp.errors import WLRuntimeError
from wlinterp.runtime.state import Runtime


def _doc() -> Runtime:
    rt = Runtime()
    call(rt, "XMLDocument", "d", "<a><b>2</b><c>3</c></a>")
    return rt


@pytest.mark.parametrize("query, what", [
    ("namespace::*", "namespace::"), ("//b[$x]", "$x"), ("$p:x", "$p:x"),
    ("//b[ends-with(., '2')]", "ends-with()"), ("lower-case('A')", "lower-case()")])
def test_valid_xpath_outside_the_subset(query: str, what: str) -> None:
    with pytest.raises(WLRuntimeError, match=f"'{re.escape(what)}' in the query .* is not in the "
                                             f"XPath subset"):
        call(_doc(), "XMLExecuteXPath", "d", query)


@pytest.mark.parametrize("query", [
    "//b]", "//b, //c", "foo::b", "//b/(c)", "//b[", "", "   ", "//", "b c", "2 3",
    "//b[@]", "@", "text(", "a::", "//b +", "'unclosed", "\u00a0//b", "//b/", ".[1]",
    "child::", "processing-instruction(1)", "1e3"])
def test_not_xpath(query: str) -> None:
    with pytest.raises(WLRuntimeError, match="is not valid XPath"):
        call(_doc(), "XMLExecuteXPath", "d", query)


@pytest.mark.parametrize("query, words", [
    ("1 | //b", "'\\|' applies to a node-set"), ("(1)[1]", "'\\[...\\]' applies to a node-set"),
    ("'a'/b", "'/' applies to a node-set"), ("count('x')", "count\\(\\) takes a node-set"),
    ("sum(3)", "sum\\(\\) takes a node-set"), ("name(1)", "name\\(\\) takes a node-set"),
    ("contains('a')", "contains\\(\\) takes 2 argument\\(s\\), not 1")])
def test_xpath_type_errors_in_words(query: str, words: str) -> None:
    with pytest.raises(WLRuntimeError, match=words):
        call(_doc(), "XMLExecuteXPath", "d", query)
