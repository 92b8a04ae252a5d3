"""EXTERN "file" beyond the main code of a file (docs/semantics.md "EXTERN where no file is
included", "A file included twice", "`// wl: ignore` in an included file"): an included
file's own `// wl: ignore[...]` silences its lines in `wl check` (the including file's
comment on a line of the same number does not); a file that declares something, included
a second time, is refused at the second EXTERN in words naming the first (it was WL105 for
each declaration, inside the file), one that only runs statements runs twice; an EXTERN
line in a procedure (?1511013: the main code only), and one read from standard input or
typed at the REPL (no folder to read the file from), are refused in words, in check and
run alike. English and French."""
from __future__ import annotations

import io

import pytest
from wl_test_helpers import check_json, run_captured, write

from wlinterp.engine import run_source
from wlinterp.errors import WLSyntaxError
from wlinterp.repl import ReplSession

WORD = {"en": "EXTERN", "fr": "EXTERNE"}
CONSTS = {"en": 'CONSTANT\n\tMAX_ITEMS = 10\nEND\nx is int = "abc" // wl: ignore[WL206]\n'
                'Trace(x)\n',
          "fr": 'CONSTANTE\n\tMAX_ITEMS = 10\nFIN\nx est un entier = "abc" // wl: ignore[WL206]\n'
                'Trace(x)\n'}
TWICE = ": the file is already included (its first EXTERN is at {at}): included again, " \
        "everything it declares would be declared twice"


def _errors(found: list[dict[str, object]]) -> list[tuple[object, ...]]:
    return [(str(d["file"]).replace("\\", "/").rsplit("/", 1)[-1], d["line"], d["column"],
             d["code"], d["message"]) for d in found if d["severity"] == "error"]


@pytest.mark.parametrize("lang", sorted(WORD))
def test_an_included_file_s_own_ignore_comment_holds(tmp_path, lang) -> None:
    write(tmp_path, "consts.wl", CONSTS[lang])
    main = write(tmp_path, "main.wl", f'{WORD[lang]} "consts.wl"\nTrace(MAX_ITEMS)\n\n'
                                      "n is int = 2.5 // wl: ignore[WL201]\nTrace(n)\n")
    codes = [(str(d["file"]).rsplit("/", 1)[-1], d["line"], d["code"]) for d in check_json(main)]
    assert ("consts.wl", 4, "WL206") not in codes  # (its own comment: silenced)
    assert ("main.wl", 4, "WL206") in codes  # (the main file's comment names WL201 only)
    assert run_captured(main) == ("0\n10\n2\n", "")  # (its Trace runs at the EXTERN)


@pytest.mark.parametrize("lang", sorted(WORD))
def test_a_file_included_twice_is_refused_at_the_second_extern(tmp_path, lang) -> None:
    write(tmp_path, "consts.wl", CONSTS[lang])
    main = write(tmp_path, "main.wl", f'{WORD[lang]} "consts.wl"\n{WORD[lang]} "consts.wl"\n'
                                      "Trace(MAX_ITEMS)\n")
    message = f'{WORD[lang]} "consts.wl"' + TWICE.format(at="line 1")
    assert _errors(check_json(main)) == [("main.wl", 2, 1, "WL100", message)]
    with pytest.raises(WLSyntaxError) as stop:
        run_captured(main)
    assert (stop.value.line, stop.value.message) == (2, message)


def test_twice_through_two_included_files_names_the_first(tmp_path) -> None:
    write(tmp_path, "consts.wl", CONSTS["en"])
    write(tmp_path, "b.wl", 'EXTERN "consts.wl"\n')
    write(tmp_path, "c.wl", 'EXTERN "consts.wl"\n')
    main = write(tmp_path, "main.wl", 'EXTERN "b.wl"\nEXTERN "c.wl"\nTrace(MAX_ITEMS)\n')
    [(name, line, col, code, message)] = _errors(check_json(main))
    assert (name, line, col, code) == ("c.wl", 1, 1, "WL100")
    first, _, rest = message.partition("b.wl:1)")  # (b.wl named by its path as shown)
    assert first.startswith('EXTERN "consts.wl": the file is already included (its first '
                            "EXTERN is at ") and rest == TWICE.partition("{at})")[2]


def test_a_file_of_statements_only_runs_twice(tmp_path) -> None:
    write(tmp_path, "hello.wl", 'Trace("hello")\n')
    main = write(tmp_path, "main.wl", 'EXTERN "hello.wl"\nexterne "hello.wl"\n')
    assert run_captured(main) == ("hello\nhello\n", "")


@pytest.mark.parametrize("lang", sorted(WORD))
def test_an_extern_in_a_procedure_is_refused_in_words(tmp_path, lang) -> None:
    write(tmp_path, "consts.wl", CONSTS[lang])
    proc = {"en": "PROCEDURE", "fr": "PROCÉDURE"}[lang]
    main = write(tmp_path, "main.wl", f'Go()\n{proc} Go()\n{WORD[lang]} "consts.wl"\n')
    message = (f'{WORD[lang]} "consts.wl": a file is included only in the main code (a '
               "project's initialization, a window's global declarations, a class's "
               "declaration), not in a procedure")
    assert _errors(check_json(main)) == [("main.wl", 3, 1, "WL100", message)]
    with pytest.raises(WLSyntaxError) as stop:
        run_captured(main)
    assert (stop.value.line, stop.value.message) == (3, message)


STDIN = ("EXTERN \"consts.wl\": code read from standard input or typed at the REPL has no "
         "folder to read the file from (EXTERN includes a file relative to the including "
         "file's folder)")


def test_standard_input_and_the_repl_say_why(tmp_path, monkeypatch) -> None:
    write(tmp_path, "consts.wl", CONSTS["en"])
    monkeypatch.chdir(tmp_path)  # (the file is there: still no folder to read it from)
    with pytest.raises(WLSyntaxError) as stop:
        run_source('EXTERN "consts.wl"\nTrace(1)\n', "<stdin>", stdout=io.StringIO(),
                   stderr=io.StringIO())
    assert (stop.value.line, stop.value.message) == (1, STDIN)
    err = io.StringIO()
    assert not ReplSession(stdout=io.StringIO(), stderr=err).execute(
        'EXTERN "consts.wl"\nTrace(1)\n')
    assert STDIN in err.getvalue()
