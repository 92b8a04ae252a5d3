"""Text family: StringCompare, StringFormat and the cc... options, StringToUTF8 and
UTF8ToString."""

import pytest

from wlinterp.errors import WLRuntimeError
from wlinterp.syntax.names import fold
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.types import INT, STRING, WLArray
from stdlib_helpers import REG, call


def cc(name: str) -> int:
    return REG.constants[fold(name)].value


@pytest.mark.parametrize("en, fr", [("StringCompare", "ChaîneCompare"),
                                    ("StringFormat", "ChaîneFormate"),
                                    ("StringToUTF8", "ChaîneVersUTF8"),
                                    ("UTF8ToString", "UTF8VersChaîne")])
def test_french_and_english_names_are_one_builtin(en: str, fr: str) -> None:
    assert REG.functions[fold(en)] is REG.functions[fold(fr)]
    assert REG.functions[fold(en)].family == "Text"


@pytest.mark.parametrize("en, fr, value", [
    ("ccNormal", "ccNormal", 0), ("ccIgnoreCase", "ccSansCasse", 4),
    ("ccWholeWord", "ccMotComplet", 2),
    ("ccIgnoreAccent", "ccSansAccent", 8), ("ccIgnoreSpace", "ccSansEspace", 16),
    ("ccIgnoreInsideSpace", "ccSansEspaceIntérieur", 32),
    ("ccIgnorePunctuationAndSpace", "ccSansPonctuationNiEspace", 64),
    ("ccLexicographicOrder", "ccOrdreLexicographique", 128),
    ("ccUpCase", "ccMajuscule", 256), ("ccLowCase", "ccMinuscule", 512)])
def test_constants(en: str, fr: str, value: int) -> None:
    assert REG.constants[fold(en)] is REG.constants[fold(fr)]
    assert cc(en) == value


def test_compare_is_by_character_code_by_default(rt: Runtime) -> None:
    assert call(rt, "StringCompare", "Le développement facile",
                "Le développement simple") == -1                     # PC SOFT's example
    assert call(rt, "StringCompare", "abc", "abc") == 0
    assert call(rt, "StringCompare", "b", "a") == 1
    assert call(rt, "StringCompare", "B", "a") == -1                 # "B" (66) < "a" (97)
    assert call(rt, "StringCompare", "ab", "abc") == -1
    assert call(rt, "StringCompare", "", "") == 0
    assert call(rt, "StringCompare", "", "a") == -1
    assert call(rt, "StringCompare", "é", "f") == 1                  # é is U+00E9


def test_compare_options(rt: Runtime) -> None:
    assert call(rt, "StringCompare", "ABC", "abc", cc("ccIgnoreCase")) == 0
    assert call(rt, "StringCompare", "élève", "eleve", cc("ccIgnoreAccent")) == 0
    assert call(rt, "StringCompare", "Élève", "eleve", cc("ccIgnoreAccent")) == -1
    assert call(rt, "StringCompare", "Élève", "eleve",
                cc("ccIgnoreAccent") + cc("ccIgnoreCase")) == 0
    assert call(rt, "StringCompare", "  abc\t", "abc", cc("ccIgnoreSpace")) == 0
    assert call(rt, "StringCompare", "a b c", "abc", cc("ccIgnoreSpace")) == -1
    assert call(rt, "StringCompare", "a b c", "abc", cc("ccIgnoreInsideSpace")) == 0
    assert call(rt, "StringCompare", "06.12-34 56", "06123456",
                cc("ccIgnorePunctuationAndSpace")) == 0


def test_lexicographic_order_puts_case_and_accents_last(rt: Runtime) -> None:
    lex = cc("ccLexicographicOrder")
    assert call(rt, "StringCompare", "B", "a", lex) == 1
    assert call(rt, "StringCompare", "é", "f", lex) == -1
    assert call(rt, "StringCompare", "abc", "Abd", lex) == -1
    assert call(rt, "StringCompare", "Abd", "abe", lex) == -1
    assert call(rt, "StringCompare", "A", "a", lex) == -1            # tie broken by code
    assert call(rt, "StringCompare", "A", "a", lex + cc("ccIgnoreCase")) == 0


def test_compare_converts_numbers_to_text(rt: Runtime) -> None:
    assert call(rt, "StringCompare", 10, 9) == -1                   # "10" < "9"
    assert call(rt, "StringCompare", 1.5, "1.5") == 0


def test_format(rt: Runtime) -> None:
    assert call(rt, "StringFormat", "C'est Éric", cc("ccSansAccent") + cc("ccMinuscule")) \
        == "c'est eric"
    assert call(rt, "StringFormat", "c'est éric", cc("ccMajuscule")
                + cc("ccSansEspaceIntérieur")) == "C'ESTÉRIC"
    assert call(rt, "StringFormat", "  a  b  ", cc("ccIgnoreSpace")) == "a  b"
    assert call(rt, "StringFormat", "  a  b  ", cc("ccIgnoreInsideSpace")) == "  ab  "
    assert call(rt, "StringFormat", "  a  b  ",
                cc("ccIgnoreInsideSpace") + cc("ccIgnoreSpace")) == "ab"
    assert call(rt, "StringFormat", "+33 (0)6 12-34.56", cc("ccIgnorePunctuationAndSpace")) \
        == "3306123456"
    assert call(rt, "StringFormat", "Ça coûte 5 € !", cc("ccIgnorePunctuationAndSpace")
                + cc("ccIgnoreAccent") + cc("ccUpCase")) == "CACOUTE5"
    assert call(rt, "StringFormat", "Straße œuvre", cc("ccUpCase") + cc("ccIgnoreAccent")) \
        == "STRASSE ŒUVRE"
    assert call(rt, "StringFormat", "AbC", cc("ccNormal")) == "AbC"
    assert call(rt, "StringFormat", "AbC", cc("ccIgnoreCase")) == "AbC"
    assert call(rt, "StringFormat", "", cc("ccUpCase")) == ""


def test_bad_options_are_fatal(rt: Runtime) -> None:
    with pytest.raises(WLRuntimeError, match="StringFormat"):
        call(rt, "StringFormat", "a", cc("ccUpCase") + cc("ccLowCase"))
    with pytest.raises(WLRuntimeError, match="StringFormat"):
        call(rt, "StringFormat", "a", 1024)
    with pytest.raises(WLRuntimeError, match="StringCompare"):
        call(rt, "StringCompare", "a", "b", -1)


def test_arrays_are_refused(rt: Runtime) -> None:
    with pytest.raises(WLRuntimeError, match="StringCompare expects a string"):
        call(rt, "StringCompare", WLArray(STRING, ["a"]), "a")
    with pytest.raises(WLRuntimeError, match="StringFormat expects a number"):
        call(rt, "StringFormat", "a", WLArray(INT, [1]))


def test_utf8_round_trip(rt: Runtime) -> None:
    assert call(rt, "StringToUTF8", "abc") == "abc"
    assert call(rt, "StringToUTF8", "é") == "\xc3\xa9"
    assert call(rt, "StringToUTF8", "€") == "\xe2\x82\xac"
    assert len(call(rt, "StringToUTF8", "Noël 😀")) == 4 + 2 + 4
    for text in ("", "abc", "Noël €", "日本語", "😀", "\x00\x7f"):
        assert call(rt, "UTF8ToString", call(rt, "StringToUTF8", text)) == text


def test_utf8_to_string_leaves_text_that_is_not_utf8_bytes(rt: Runtime) -> None:
    assert call(rt, "UTF8ToString", "é") == "é"                    # lone \xe9: invalid
    assert call(rt, "UTF8ToString", "€ déjà") == "€ déjà"          # above 255: text
    assert call(rt, "UTF8ToString", "abc") == "abc"
