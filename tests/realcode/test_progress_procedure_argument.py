"""A procedure or method named without parentheses as FTPSend's / FTPGet's progress
procedure is passed, not called (the parameter is a procedure: registry.py ProcArg), as
PC SOFT's own WINDEV Mobile FTP client writes `FTPRécupère(n, f, rep, GèreTransfert)`
with a method taking the two sizes: `wl check` said WL104 "expects 2 parameter(s) but
received 0" (docs/builtins.md, FTPSend and FTPGet). Code written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest
from wl_test_helpers import check_json

CODE = {
    "en": """CTransfer is Class
	m_nDone is int
END
PROCEDURE CTransfer::Go(n is int)
bOk is boolean = FTPGet(n, "/a.txt", ".", Progress)
bOk = bOk AND FTPSend(n, "a.txt", "/", Progress)
RESULT bOk
PROCEDURE CTransfer::Progress(nTotal is int, nDone is int)
m_nDone = nDone
RESULT nDone < nTotal
""",
    "fr": """CTransfert est une Classe
	m_nFait est un entier
FIN
PROCÉDURE CTransfert::Lance(n est un entier)
bOk est un booléen = FTPRécupère(n, "/a.txt", ".", GèreTransfert)
bOk = bOk ET FTPEnvoie(n, "a.txt", "/", GèreTransfert)
RENVOYER bOk
PROCÉDURE CTransfert::GèreTransfert(LOCAL nTotal est un entier, LOCAL nFait est un entier)
m_nFait = nFait
RENVOYER nFait < nTotal
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_method_named_as_the_progress_procedure_is_passed(lang: str,
                                                             tmp_path: Path) -> None:
    script = tmp_path / "transfer.wl"
    script.write_text(CODE[lang], encoding="utf-8")
    assert check_json(script) == []


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_call_there_still_counts_its_arguments(lang: str, tmp_path: Path) -> None:
    """Written with parentheses, the procedure is called: its missing arguments are
    WL104 (the parameter takes a procedure, not the result of one called wrongly)."""
    name = "Progress" if lang == "en" else "GèreTransfert"
    script = tmp_path / "transfer.wl"
    script.write_text(CODE[lang].replace(f'".", {name})', f'".", {name}())'),
                      encoding="utf-8")
    assert [d["code"] for d in check_json(script)] == ["WL104"]
