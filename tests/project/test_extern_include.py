"""`EXTERN "x.wl"` / `EXTERNE ".\\zzW\\Z\\x.wl"` inserts the file's text at the line
(?1511013): its statements run there, its declarations and procedures are the program's,
a file in a subfolder is found relative to the including file (backslashes read as
slashes). An error in the included code is at the included file's own line:col with its
line quoted, in `wl run` and `wl check` alike; a file including itself (directly or
through another) is refused in words at the EXTERN line; an EXTERN inside a block inserts
the text there; the included file is not also loaded as a file of the project (its names would
be declared twice). English and French (project/includes.py; docs/semantics.md "EXTERN
"file" inserts the file's text")."""
from __future__ import annotations

import pytest
from wl_test_helpers import check_json, run_captured, write

from wlinterp.errors import WLRuntimeError, WLSyntaxError, format_error

MAIN = {"en": 'Trace("start")\nEXTERN ".\\sub\\Deep\\inc.wl"\nTrace("end " + nShared)\n',
        "fr": 'Trace("start")\nexterne ".\\sub\\Deep\\inc.wl"\nTrace("end " + nShared)\n'}
INCLUDED = {"en": 'nShared is int = 2\nTrace("in inc")\nnShared = nShared * 10 / (nShared - 2)\n',
            "fr": 'nShared est un entier = 2\nTrace("in inc")\n'
                  'nShared = nShared * 10 / (nShared - 2)\n'}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_included_file_s_run_time_error_is_at_its_own_line(tmp_path, lang) -> None:
    main = write(tmp_path, "main.wl", MAIN[lang])
    write(tmp_path, "sub/deep/inc.wl", INCLUDED[lang])  # (any case, as Windows reads it)
    with pytest.raises(WLRuntimeError) as err:
        run_captured(main)
    assert err.value.filename.replace("\\", "/").endswith("sub/deep/inc.wl")
    assert (err.value.line, err.value.column) == (3, 24)
    assert "nShared = nShared * 10 / (nShared - 2)\n" in format_error(err.value)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_its_statements_run_at_the_line_and_its_names_are_known_after(tmp_path, lang) -> None:
    main = write(tmp_path, "main.wl", MAIN[lang])
    write(tmp_path, "sub/deep/inc.wl", INCLUDED[lang].replace("(nShared - 2)", "(nShared - 1)"))
    out, err = run_captured(main)
    assert out == "start\nin inc\nend 20\n" and err == ""
    assert [d for d in check_json(main) if d["severity"] == "error"] == []


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_check_says_an_included_file_s_errors_at_its_own_line(tmp_path, lang) -> None:
    main = write(tmp_path, "main.wl", MAIN[lang])
    write(tmp_path, "sub/deep/inc.wl", INCLUDED[lang] + "Trace(nUnknown)\n")
    found = [(d["code"], str(d["file"]).replace("\\", "/").rsplit("/", 3)[-3:], d["line"],
              d["column"]) for d in check_json(main) if d["severity"] == "error"]
    assert found == [("WL101", ["sub", "deep", "inc.wl"], 4, 7)]


def test_a_syntax_error_of_an_included_file_is_at_its_own_line(tmp_path) -> None:
    main = write(tmp_path, "main.wl", 'Trace(1)\nEXTERN "sub\\syn.wl"\n')
    write(tmp_path, "sub/syn.wl", "// a half-written file\nIF THEN\n")
    with pytest.raises(WLSyntaxError) as err:
        run_captured(main)
    assert err.value.filename.replace("\\", "/").endswith("sub/syn.wl")
    assert (err.value.line, err.value.column) == (2, 4)
    [d] = check_json(main)
    assert (d["code"], d["line"], d["column"]) == ("WL100", 2, 4)
    assert str(d["file"]).replace("\\", "/").endswith("sub/syn.wl")


@pytest.mark.parametrize("word", ["EXTERN", "Externe"])
def test_a_file_including_itself_is_refused_in_words(tmp_path, word) -> None:
    main = write(tmp_path, "main.wl", f'Trace(0)\n{word} "c1.wl"\n')
    write(tmp_path, "c1.wl", f'{word} "c2.wl"\nTrace("c1")\n')
    write(tmp_path, "c2.wl", f'// second\n{word} "C1.WL"\nTrace("c2")\n')
    words = f'{word} "C1.WL": the file includes itself (c1.wl -> c2.wl -> c1.wl): an ' \
            f'inclusion cycle never ends'
    with pytest.raises(WLSyntaxError) as err:
        run_captured(main)
    assert err.value.message == words
    assert (err.value.filename, err.value.line, err.value.column) == (str(tmp_path / "c2.wl"),
                                                                      2, 1)
    [d] = check_json(main)
    assert (d["code"], d["message"], d["line"]) == ("WL100", words, 2)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_extern_inside_a_block_inserts_the_text_there(tmp_path, lang) -> None:
    """The text goes where the line is: inside an IF's branch, it runs when that branch
    does (*decided*: the page names the processes it may be in, not the blocks)."""
    main = {"en": 'FOR i = 1 TO 2\n\tIF i = 2 THEN\n\t\tEXTERN "inc.wl"\n\tEND\nEND\n',
            "fr": 'POUR i = 1 _À_ 2\n\tSI i = 2 ALORS\n\t\tEXTERNE "inc.wl"\n\tFIN\nFIN\n'}
    path = write(tmp_path, "main.wl", main[lang])
    write(tmp_path, "inc.wl", 'Trace("in " + i)\n')
    assert run_captured(path) == ("in 2\n", "")
    assert check_json(path) == []


@pytest.mark.parametrize("marker", ["wlproject.toml", None])
def test_an_included_library_is_not_loaded_twice(tmp_path, marker) -> None:
    """A file of constants and procedures beside the script (or in its project) that the
    script includes: its names once, not declared twice by the project's loading."""
    if marker:
        write(tmp_path, marker, "")
    main = write(tmp_path, "main.wl", 'EXTERNE "lib.wl"\nTrace(Twice(K_BASE))\n')
    write(tmp_path, "lib.wl", "CONSTANTE\n\tK_BASE = 21\nFIN\n\nPROCÉDURE Twice(n)\n"
                              "RENVOYER n * 2\n")
    assert run_captured(main) == ("42\n", "")
    assert check_json(main) == []
