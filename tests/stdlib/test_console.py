"""Console built-ins: Trace/Info to stdout, Error/Warning to stderr, CR+LF normalised."""

import pytest

from wlinterp.errors import WLRuntimeError
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.types import INT, WLArray
from stdlib_helpers import REG, call


@pytest.mark.parametrize("en, fr", [("Trace", "Trace"), ("Info", "Info"), ("Error", "Erreur"),
                                    ("Warning", "Avertissement"), ("InTestMode", "EnModeTest"),
                                    ("TraceBuild", "TraceConstruit"), ("ErrorBuild", "ErreurConstruit"),
                                    ("InfoBuild", "InfoConstruit")])
def test_french_and_english_names_are_one_builtin(en: str, fr: str) -> None:
    assert REG.functions[en.lower()] is REG.functions[fr.lower().replace("é", "e")]
    assert REG.lookup(fr) == ("function", REG.functions[en.lower()])


def test_trace_writes_one_line_with_separated_arguments(rt: Runtime) -> None:
    call(rt, "Trace", "total", 3, 2.5, True)
    assert rt.stdout.getvalue() == "total, 3, 2.5, 1\n"
    assert rt.stderr.getvalue() == ""


def test_trace_normalises_crlf(rt: Runtime) -> None:
    call(rt, "Trace", "a\r\nb")
    assert rt.stdout.getvalue() == "a\nb\n"


def test_info_puts_each_argument_on_its_own_line(rt: Runtime) -> None:
    call(rt, "Info", "first", "second", 3)
    assert rt.stdout.getvalue() == "first\nsecond\n3\n"


def test_error_and_warning_go_to_stderr(rt: Runtime) -> None:
    call(rt, "Error", "Cannot connect.", "Retry later.")
    call(rt, "Avertissement", "careful")
    assert rt.stderr.getvalue() == "Cannot connect.\nRetry later.\ncareful\n"
    assert rt.stdout.getvalue() == ""


def test_error_without_argument_shows_the_last_error(rt: Runtime) -> None:
    rt.set_error("SMTP server refused the message.", 5)
    call(rt, "Error")
    assert rt.stderr.getvalue() == "SMTP server refused the message.\n"


def test_error_without_argument_and_without_error_prints_an_empty_line(rt: Runtime) -> None:
    call(rt, "Erreur")
    assert rt.stderr.getvalue() == "\n"


def test_build_variants_use_stringbuild(rt: Runtime) -> None:
    call(rt, "TraceBuild", "%1 of %2", 1, 4)
    call(rt, "ErrorBuild", "code %1", 7)
    assert rt.stdout.getvalue() == "1 of 4\n"
    assert rt.stderr.getvalue() == "code 7\n"


def test_in_test_mode_is_false(rt: Runtime) -> None:
    assert call(rt, "EnModeTest") is False


def test_trace_of_an_array_shows_its_json_text(rt: Runtime) -> None:
    call(rt, "Trace", WLArray(INT, [1, 2]))
    assert rt.stdout.getvalue() == "[1,2]\n"


def test_trace_of_a_value_without_text_form_is_fatal(rt: Runtime) -> None:
    with pytest.raises(WLRuntimeError, match="Trace expects a string"):
        call(rt, "Trace", object())


def test_arity_comes_from_the_signature() -> None:
    trace = REG.functions["trace"]
    assert (trace.min_args, trace.max_args) == (1, None)
    assert (REG.functions["error"].min_args, REG.functions["intestmode"].max_args) == (0, 0)


def test_families_register_in_the_stdlib_order() -> None:
    mine = ["Console", "Errors", "Strings", "Numbers", "Arrays", "Dates"]
    assert [f.name for f in REG.families if f.name in mine] == mine
