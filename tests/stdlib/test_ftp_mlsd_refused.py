"""A server that offers MLSD (MLST in its FEAT reply) and then refuses it: the session
lists with LIST from then on, for good (stdlib/ftp_listing.py `_entries`), so that such
a server costs one refused MLSD per session, not one per listing, and every path asked
(FTPFileExist) is found by listing its folder, not by MLST (docs/builtins.md "FTP").
Counted on the real loopback FTP server (tests/ftp_loopback.py), English and French."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ftp_loopback import FTPServer
from test_ftp_listing import served
from wl_test_helpers import run_lines

EN = '''
n is int = FTPConnect("127.0.0.1", "ann", "hunter2", {port})
Trace(FTPListFile(n, "/docs/*.txt", ListFTPFile))
Trace(FTPListFile(n, "/docs", ListFTPFile))
Trace(FTPFileExist(n, "/docs/a.txt"), FTPFileExist(n, "/docs/z.txt"), ErrorOccurred)
FTPDisconnect(n)
n = FTPConnect("127.0.0.1", "ann", "hunter2", {port})
Trace(FTPListFile(n, "/docs/*.csv", ListFTPFile))
FTPDisconnect(n)

PROCEDURE ListFTPFile(sName, nSize, sAttribute, sDate, sTime)
Trace(sName, nSize, sAttribute, sDate, sTime)
'''

FR = '''
n est un entier = FTPConnecte("127.0.0.1", "ann", "hunter2", {port})
Trace(FTPListeFichier(n, "/docs/*.txt", ListeFichierFTP))
Trace(FTPListeFichier(n, "/docs", ListeFichierFTP))
Trace(FTPFichierExiste(n, "/docs/a.txt"), FTPFichierExiste(n, "/docs/z.txt"), ErreurDétectée)
FTPDéconnecte(n)
n = FTPConnecte("127.0.0.1", "ann", "hunter2", {port})
Trace(FTPListeFichier(n, "/docs/*.csv", ListeFichierFTP))
FTPDéconnecte(n)

PROCÉDURE ListeFichierFTP(sNom, nTaille, sAttribut, sDate, sHeure)
Trace(sNom, nTaille, sAttribut, sDate, sHeure)
'''


@pytest.fixture(params=["500 MLSD not understood", "502 Command not implemented",
                        "550 Permission denied"])
def refusing(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[FTPServer]:
    srv = FTPServer(served(tmp_path), {"ann": "hunter2"}, mlsd=True,
                    mlsd_refusal=request.param)
    yield srv
    srv.close()


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_a_refused_mlsd_is_asked_once_per_session_then_list_for_good(refusing, code):
    lines = run_lines(code.format(port=refusing.port))
    assert lines[0] == "/docs/a.txt, 5, , 20260305, 143015"  # LIST, then MDTM: to the second
    assert lines[1].startswith("/docs/b.TXT, 1, , ") and lines[2] == "2"
    assert len(lines[3:7]) == 4 and lines[7] == "4"  # a.txt, b.TXT, c.csv, old
    assert lines[8] == "1, 0, 0"  # FTPFileExist found by listing the folder
    assert lines[9].startswith("/docs/c.csv, 3, , ") and lines[10] == "1"
    sent = refusing.lines
    assert sent.count("FEAT") == 2  # one per session
    assert sent.count("MLSD /docs") == 2  # one refused MLSD per session, never again in it
    assert not any(line.startswith("MLST") for line in sent)
    first = sent[:sent.index("QUIT")]
    assert first.count("MLSD /docs") == 1 and first.count("LIST /docs") == 4, first


def test_a_temporary_refusal_fails_that_listing_and_keeps_mlsd(tmp_path):
    """450 says "not now", not "no MLSD here": that listing fails in words (no LIST
    behind the script's back), and the next one asks MLSD again."""
    srv = FTPServer(served(tmp_path), {"ann": "hunter2"}, mlsd=True,
                    mlsd_refusal="450 Folder busy, try later")
    try:
        code = ('n is int = FTPConnect("127.0.0.1", "ann", "hunter2", {port})\n'
                'Trace(FTPListFile(n, "/docs", Seen), ErrorOccurred, ErrorInfo())\n'
                'Trace(FTPListFile(n, "/docs", Seen), ErrorOccurred)\n'
                "PROCEDURE Seen(sName)\nTrace(sName)\n")
        lines = run_lines(code.format(port=srv.port))
        assert lines[0].startswith("-1, 1, ") and "450 Folder busy, try later" in lines[0]
        assert lines[1] == "-1, 1"
        assert srv.lines.count("MLSD /docs") == 2 and "LIST /docs" not in srv.lines
    finally:
        srv.close()
