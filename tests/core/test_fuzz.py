"""Any input gives an AST or a WLSyntaxError with a position: never another exception."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wlinterp
from wlinterp.engine import compile_source
from wlinterp.errors import WLSyntaxError

_FRAGMENTS = [
    "IF", "THEN", "ELSE", "END", "SI", "ALORS", "FIN", "FOR", "i", "=", "1", "TO", "À", "10",
    "STEP", "PAS", "WHILE", "LOOP", "SWITCH", "CASE", "OTHER CASE", "x", "is", "int", "string",
    "array of", "PROCEDURE", "P", "(", ")", "[", "]", "[[", "]]", ",", ".", "..", ":", ";",
    "\n", " ", "...", "//c", '"s"', '"', "“t”", "+", "-", "*", "/", "%", "^", "<", ">", "<>",
    "~=", "[=", "=]", "AND", "_OR_", "NOT", "IN", "?", "RESULT", "RETURN", "let", "0x1F",
    "1.5", "Trace", "WHEN EXCEPTION IN", "DO", "CASE ERROR:", "STRUCTURE", "x++", "+=", "é",
    "\t", "\r\n", "/*", "*/", "<§$1§>", "{", "}", "&", "::", "FOR EACH", "OF", "BREAK",
    "inherits", "hérite de", "C::M", ":m", "new", "nouveau", "SELON(", "x++", "++x", "[%",
    "%]", "MyParameters", "is a Class", "est une Classe", "POUR TOUTE CHAÎNE", "SÉPARÉE PAR",
    "EXTERN", "PUBLIC", "QUAND EXCEPTION", "associative array of", "[\n", "\n]",
]


def _check(text: str) -> None:
    try:
        wlinterp.parse(text, "fuzz.wl")
    except WLSyntaxError as err:
        assert err.line >= 1 and err.column >= 1, err
        return
    try:
        compile_source(text, "fuzz.wl")
    except WLSyntaxError as err:
        assert err.line >= 1, err


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_random_text_never_crashes(text: str) -> None:
    _check(text)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=40))
def test_token_soup_never_crashes(parts: list[str]) -> None:
    _check(" ".join(parts))


def test_deep_nesting_is_a_clean_error_or_ok() -> None:
    _check("x = " + "(" * 3000 + "1" + ")" * 3000)
    _check("IF 1 THEN\n" * 2000 + "END\n" * 2000)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=120))
def test_random_bytes_never_crash(data: bytes) -> None:
    try:
        wlinterp.parse(data, "fuzz.wl")
    except WLSyntaxError as err:
        assert err.line >= 1


_NO_LOOPS = [f for f in _FRAGMENTS if f not in ("FOR", "WHILE", "LOOP", "FOR EACH", "TO", "À",
                                               "STEP", "PAS")]


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_NO_LOOPS + ["\n", "\n", "x = 1", "Trace(x)", "s is string"]),
                max_size=40))
def test_token_soup_that_compiles_runs_or_fails_cleanly(parts: list[str]) -> None:
    """Whatever parses and compiles must run to the end or stop with a WLanguage error."""
    import io

    from wlinterp.engine import run_compiled
    from wlinterp.errors import WLError
    from wlinterp.runtime.state import Runtime
    text = " ".join(parts)
    try:
        compiled = compile_source(text, "fuzz.wl")
    except WLSyntaxError:
        return
    try:
        run_compiled(compiled, Runtime(stdout=io.StringIO(), stderr=io.StringIO()))
    except WLError:
        pass
