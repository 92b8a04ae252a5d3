"""String built-ins: positions are 1-based, "not found" is 0, EOT past the last field."""

import pytest

from wlinterp.errors import WLRuntimeError
from wlinterp.syntax.names import fold
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.types import INT, STRING, WLArray
from stdlib_helpers import REG, call, const


NAMES = [("Length", "Taille"), ("Left", "Gauche"), ("Right", "Droite"), ("Middle", "Milieu"),
         ("Upper", "Majuscule"), ("Lower", "Minuscule"), ("Position", "Position"),
         ("Replace", "Remplace"), ("NoSpace", "SansEspace"), ("ExtractString", "ExtraitChaîne"),
         ("StringBuild", "ChaîneConstruit"), ("Complete", "Complète"), ("Repeat", "Répète"),
         ("StringCount", "ChaîneOccurrence"), ("Charact", "Caract"), ("Asc", "Asc"),
         ("StringStartsWith", "ChaîneCommencePar"), ("StringEndsWith", "ChaîneFinitPar"),
         ("PositionOccurrence", "PositionOccurrence")]


@pytest.mark.parametrize("en, fr", NAMES)
def test_french_and_english_names_are_one_builtin(en: str, fr: str) -> None:
    assert REG.functions[fold(en)] is REG.functions[fold(fr)]
    assert REG.functions[fold(en)].family in ("Strings", "Strings (more)", "Strings (fields)")


def test_constants() -> None:
    assert const("CR") == const("RC") == "\r\n"
    assert const("TAB") == "\t"
    assert const("EOT") not in ("", "\t", "\r\n")
    assert const("DepuisFin") == const("FromEnd") != const("FromBeginning") == 0
    assert const("rangPremier") == -2147483648
    flags = [const(n) for n in ("FromEnd", "IgnoreCase", "WholeWord")]
    assert all(a & b == 0 for i, a in enumerate(flags) for b in flags[i + 1:])


def test_length_left_right_middle(rt: Runtime) -> None:
    assert call(rt, "Taille", "héllo") == 5
    assert call(rt, "Length", 1234) == 4
    assert call(rt, "Left", "San Francisco", 3) == "San"
    assert call(rt, "Right", "San Francisco", 3) == "sco"
    assert call(rt, "Left", "ab", 10) == "ab" and call(rt, "Right", "ab", 0) == ""
    assert call(rt, "Milieu", "San Francisco", 5, 3) == "Fra"
    assert call(rt, "Middle", "San Francisco", 5) == "Francisco"
    assert call(rt, "Middle", "abc", 9) == ""


def test_case_conversion(rt: Runtime) -> None:
    assert call(rt, "Majuscule", "éric") == "ÉRIC"
    assert call(rt, "Lower", "ABC") == "abc"


def test_position(rt: Runtime) -> None:
    text = "abcabc"
    assert call(rt, "Position", text, "bc") == 2
    assert call(rt, "Position", text, "bc", 3) == 5
    assert call(rt, "Position", text, "zz") == 0
    assert call(rt, "Position", text, "") == 0
    assert call(rt, "Position", "Hello", "hello") == 0
    assert call(rt, "Position", "Hello", "hello", 1, const("IgnoreCase")) == 1
    assert call(rt, "Position", text, "bc", None, const("FromEnd")) == 5
    assert call(rt, "Position", text, "bc", 4, const("FromEnd")) == 2
    assert call(rt, "Position", "cat concat cat", "cat", 2, const("WholeWord")) == 12


def test_position_with_an_array_of_strings(rt: Runtime) -> None:
    needles = WLArray(STRING, ["z", "c", "b"])
    assert call(rt, "Position", "abcd", needles) == 2


def test_position_occurrence(rt: Runtime) -> None:
    assert call(rt, "PositionOccurrence", "a-b-c-d", "-", 2) == 4
    assert call(rt, "PositionOccurrence", "a-b-c-d", "-", 1, const("FromEnd")) == 6
    assert call(rt, "PositionOccurrence", "a-b-c-d", "-", 4) == 0


def test_replace_all_occurrences(rt: Runtime) -> None:
    assert call(rt, "Remplace", "a.b.c", ".", "/") == "a/b/c"
    assert call(rt, "Replace", "Aa", "a", "x") == "Ax"
    assert call(rt, "Replace", "Aa", "a", "x", const("SansCasse")) == "xx"
    assert call(rt, "Replace", "abc", "", "x") == "abc"
    assert call(rt, "Replace", "cat concat", "cat", "dog", const("WholeWord")) == "dog concat"
    assert call(rt, "Replace", "a1", "1", "\\2") == "a\\2"


def test_no_space(rt: Runtime) -> None:
    assert call(rt, "SansEspace", "  a b \t") == "a b"
    assert call(rt, "NoSpace", "  a  ", const("sscBeginning")) == "a  "
    assert call(rt, "NoSpace", "  a  ", const("sscFin")) == "  a"
    assert call(rt, "SansEspace", "Abra ca da bra", const("sscIntérieur")) == "Abracadabra"
    both = const("sscOutside") + const("sscInside")
    assert call(rt, "NoSpace", " a b c ", both) == "abc"
    assert call(rt, "NoSpace", "xxaxx", const("sscOutside"), "x") == "a"


def test_extract_string(rt: Runtime) -> None:
    eot = const("EOT")
    assert call(rt, "ExtraitChaîne", "a\tb\tc", 2) == "b"
    assert call(rt, "ExtractString", "a,b,,d", 3, ",") == ""
    assert call(rt, "ExtractString", "a,b", 3, ",") == eot
    assert call(rt, "ExtractString", "a,b,c", 1, ",", const("DepuisFin")) == "c"
    assert call(rt, "ExtractString", "x\r\ny", 2, const("RC")) == "y"
    assert call(rt, "ExtractString", "a;b,c", 3, WLArray(STRING, [";", ","])) == "c"
    assert call(rt, "ExtractString", "", 1, ",") == ""
    assert call(rt, "ExtractString", "a,", 2, ",") == ""
    with pytest.raises(WLRuntimeError, match="rank must be at least 1"):
        call(rt, "ExtractString", "a,b", 0, ",")


def test_extract_string_loop_until_eot(rt: Runtime) -> None:
    seen, i = [], 1
    while (field := call(rt, "ExtractString", "one\r\ntwo\r\nthree", i, "\r\n")) != const("EOT"):
        seen.append(field)
        i += 1
    assert seen == ["one", "two", "three"]


def test_extract_string_first_and_next_rank(rt: Runtime) -> None:
    first, nxt = const("firstRank"), const("rangSuivant")
    got = [call(rt, "ExtractString", "a-b-c", first, "-")]
    got += [call(rt, "ExtractString", "a-b-c", nxt, "-") for _ in range(3)]
    assert got == ["a", "b", "c", const("EOT")]
    assert call(rt, "ExtractString", "a-b-c", const("lastRank"), "-") == "c"


def test_string_build(rt: Runtime) -> None:
    assert call(rt, "ChaîneConstruit", "%1 sent to %2", 3, "bob") == "3 sent to bob"
    assert call(rt, "StringBuild", "100%% of %1", "x") == "100% of x"
    assert call(rt, "StringBuild", "%2%1", "a", "b") == "ba"
    assert call(rt, "StringBuild", "%10", "a") == "a0"
    assert call(rt, "StringBuild", "%3 left", "a") == "%3 left"
    params = [str(i) for i in range(1, 13)]
    assert call(rt, "StringBuild", "%12|%1", *params) == "12|1"


def test_complete_and_repeat(rt: Runtime) -> None:
    assert call(rt, "Complète", "ab", 5) == "ab   "
    assert call(rt, "Complete", "ab", 5, "-") == "ab---"
    assert call(rt, "Complete", "abcdef", 3) == "abc"
    assert call(rt, "Complete", "a", 4, "xy") == "axyx"
    assert call(rt, "Répète", "ab", 3) == "ababab"
    assert call(rt, "Repeat", "ab", -1) == ""


def test_string_count(rt: Runtime) -> None:
    assert call(rt, "ChaîneOccurrence", "a.b.c", ".") == 2
    assert call(rt, "StringCount", "aaaa", "aa") == 2
    assert call(rt, "StringCount", "Aa", "a", const("IgnoreCase")) == 2
    assert call(rt, "StringCount", "abc", "") == 0


def test_starts_and_ends_with(rt: Runtime) -> None:
    """The result is the length matched in the initial string (0: no match)."""
    assert call(rt, "ChaîneCommencePar", "WINDEV 28", "WIN") == 3
    assert call(rt, "StringStartsWith", "WINDEV", "win") == 0
    assert call(rt, "StringStartsWith", "WINDEV", "win", const("IgnoreCase")) == 3
    assert call(rt, "StringStartsWith", "WINDEV", "win", const("ccIgnoreCase")) == 3
    assert call(rt, "ChaîneFinitPar", "report.pdf", ".pdf") == 4
    assert call(rt, "StringEndsWith", "report.pdf", ".PDF") == 0
    assert call(rt, "StringEndsWith", "Specify the action of the procedure", "Procedure",
                const("ccIgnoreCase")) == 9                           # PC SOFT's example
    assert call(rt, "StringStartsWith", "Élève", "ele",
                const("ccIgnoreCase") + const("ccIgnoreAccent")) == 3
    assert call(rt, "StringStartsWith", "a b-c d", "abc",
                const("ccIgnorePunctuationAndSpace")) == 5


def test_charact_and_asc(rt: Runtime) -> None:
    assert call(rt, "Caract", 65) == "A"
    assert call(rt, "Asc", "A") == 65 and call(rt, "Asc", "") == 0
    with pytest.raises(WLRuntimeError):
        call(rt, "Charact", -1)


def test_array_where_a_string_is_expected_is_fatal(rt: Runtime) -> None:
    with pytest.raises(WLRuntimeError, match="Length expects a string"):
        call(rt, "Length", WLArray(INT, [1, 2]))
    with pytest.raises(WLRuntimeError, match="Left expects a number"):
        call(rt, "Left", "abc", WLArray(INT, []))


def test_optional_parameters_set_the_arity() -> None:
    ext = REG.functions["extractstring"]
    assert (ext.min_args, ext.max_args) == (2, 4)
    assert (REG.functions["stringbuild"].min_args, REG.functions["stringbuild"].max_args) == (1, None)
