"""Regular expressions compiled once per installation (wlinterp/syntax/stored_regex.py;
docs/performance.md "Start-up: regular expressions compiled once"): a pattern read
back from the cache behaves as `re.compile`'s, nothing wrong in the cache is ever used,
and a one-line run with the cache warm compiles neither the lexer's master expression
nor the other start-up patterns again."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from wlinterp.syntax import stored_regex
from wlinterp.syntax.token_patterns import TOKEN_RE

_SAMPLES = ("Trace(\"été\") // commentaire", "x = 3 min 30 s", "SI a <= b ALORS",
            "t[1] += \"a\"\"b\"", "<§x§> ...\n suite", "", "名前 = 1")


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of the test's own, the store not yet read."""
    monkeypatch.setenv("WL_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(stored_regex, "_store", None)
    return tmp_path


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == \
        (b.pattern, b.flags, b.groups, b.groupindex)
    for text in _SAMPLES:
        for start in range(len(text) + 1):
            found, wanted = a.match(text, start), b.match(text, start)
            assert (found and (found.span(), found.lastgroup, found.groups())) == \
                (wanted and (wanted.span(), wanted.lastgroup, wanted.groups()))


def test_a_pattern_read_back_from_the_store_behaves_as_re_compile(
        own_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, flags = TOKEN_RE.pattern, TOKEN_RE.flags & ~re.UNICODE
    first = stored_regex.stored_compile(source, flags)
    assert Path(stored_regex.store_file()).parent == own_cache
    assert os.path.exists(stored_regex.store_file())  # kept for the next run
    monkeypatch.setattr(stored_regex, "_store", None)  # as a new process: read the file

    def no_parse(*args: object) -> None:
        raise AssertionError("compiled again instead of read back")

    with monkeypatch.context() as patched:
        patched.setattr("re._parser.parse", no_parse)
        again = stored_regex.stored_compile(source, flags)
    wanted = re.compile(source, flags)
    _same(first, wanted)
    _same(again, wanted)
    _same(stored_regex.stored_compile(r"(?P<mot>\w+)\s*(?:=|<-)", re.IGNORECASE),
          re.compile(r"(?P<mot>\w+)\s*(?:=|<-)", re.IGNORECASE))


def test_an_unreadable_or_foreign_store_is_ignored_and_replaced(own_cache: Path) -> None:
    path = Path(stored_regex.store_file())
    path.write_bytes(b"not marshal at all")
    pattern = stored_regex.stored_compile(r"a(b+)c")
    assert pattern.match("abbbc").group(1) == "bbb"  # type: ignore[union-attr]
    import marshal
    assert marshal.loads(path.read_bytes())["format"] == stored_regex._FORMAT


def test_a_kept_program_the_matcher_refuses_is_compiled_again(own_cache: Path) -> None:
    stored_regex._loaded()[("x+y", 0)] = (32, [1, 2, 3], 0, {}, (None,))  # not a program
    assert stored_regex.stored_compile("x+y").fullmatch("xxy") is not None


def test_a_wrong_pattern_is_refused_as_re_compile_refuses_it(own_cache: Path) -> None:
    with pytest.raises(re.error):
        stored_regex.stored_compile(r"(unclosed")


def test_debug_and_locale_patterns_are_not_kept(own_cache: Path) -> None:
    stored_regex.stored_compile(rb"\w+", re.LOCALE)
    assert stored_regex._loaded() == {}


_PROBE = """
import re, sys
from re import _parser
parsed = []
original = _parser.parse
def counting(pattern, *args):
    parsed.append(pattern)
    return original(pattern, *args)
_parser.parse = counting
from wlinterp.cli import main
code = main(["run", sys.argv[1]])
from wlinterp.syntax.token_patterns import TOKEN_RE
print(code, TOKEN_RE.pattern in parsed, len(parsed))
"""


def test_a_warm_one_line_run_compiles_no_start_up_pattern_again(tmp_path: Path) -> None:
    script = tmp_path / "one.wl"
    script.write_text('Trace("ok")\n', encoding="utf-8")
    env = {**os.environ, "WL_CACHE_DIR": str(tmp_path / "cache")}
    runs = []
    for _ in range(2):  # the first builds every cache (the store included)
        proc = subprocess.run([sys.executable, "-c", _PROBE, str(script)], env=env,
                              capture_output=True, text=True, timeout=300)
        runs.append(proc.stdout.split()[-3:])
    assert runs[0][:2] == ["0", "True"], runs  # compiled by re, then kept
    assert runs[1][:2] == ["0", "False"], runs  # read back
    assert int(runs[1][2]) < int(runs[0][2]), runs  # the others read back too
