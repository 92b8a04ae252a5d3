"""An FTP server that speaks Latin-1 (a server on a Windows machine answering in its ANSI
code page), on 127.0.0.1 (tests/ftp_loopback.py with encoding="latin-1"), in English
and in French (stdlib/ftp_text.py; docs/builtins.md "FTP", decided). Before, the first
reply or listing line with an accented name made the function fail with "the server's
reply is not UTF-8 text": here the listing, the folder's name and the download of a
file named with an accent work, and a name Latin-1 cannot carry fails in words with the
connection still usable."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ftp_loopback import FTPServer
from wl_test_helpers import run_lines


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[FTPServer]:
    root = tmp_path / "served"
    (root / "Données").mkdir(parents=True)
    (root / "Données" / "Café.txt").write_bytes(b"espresso")
    srv = FTPServer(root, {"ann": "hunter2"}, encoding="latin-1")
    yield srv
    srv.close()


EN = '''
n is int = FTPConnect("127.0.0.1", "ann", "hunter2", {port})
sReply, sList are strings
Trace(FTPCommand(n, "NLST /", sReply, sList), sList)
Trace(FTPListFile(n, "/Données/*.txt", Show))
Trace(FTPCurrentDir(n, "/Données"), FTPCurrentDir(n))
Trace(FTPGet(n, "/Données/Café.txt", "{down}"), fLoadText("{down}"))
Trace(FTPFileExist(n, "/Données/Café.txt"))
Trace(FTPSend(n, "{down}", "/Données/日本.txt"), ErrorInfo(errMessage))
Trace(FTPSize(n, "/Données/Café.txt"))
PROCEDURE Show(sName, nSize)
Trace(sName, nSize)
'''

FR = '''
n est un entier = FTPConnecte("127.0.0.1", "ann", "hunter2", {port})
sRéponse, sListe sont des chaînes
Trace(FTPCommande(n, "NLST /", sRéponse, sListe), sListe)
Trace(FTPListeFichier(n, "/Données/*.txt", Montre))
Trace(FTPRepEnCours(n, "/Données"), FTPRepEnCours(n))
Trace(FTPRécupère(n, "/Données/Café.txt", "{down}"), fChargeTexte("{down}"))
Trace(FTPFichierExiste(n, "/Données/Café.txt"))
Trace(FTPEnvoie(n, "{down}", "/Données/日本.txt"), ErreurInfo(errMessage))
Trace(FTPTaille(n, "/Données/Café.txt"))
PROCÉDURE Montre(sNom, nTaille)
Trace(sNom, nTaille)
'''


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_a_server_speaking_latin1(server: FTPServer, code: str, tmp_path: Path) -> None:
    down = tmp_path / "got.txt"
    lines = run_lines(code.format(port=server.port, down=down))
    sent = "FTPSend" if code is EN else "FTPEnvoie"  # (the name as the line calls it)
    words = ("a name has a character the server's encoding (Latin-1, as its replies) "
             "cannot carry; nothing was sent")
    assert lines == ["1, Données", "/Données/Café.txt, 8", "1", "1, /Données",
                     "1, espresso", "1", f"0, {sent} failed ({words}).", "8"]
    assert "RETR /Données/Café.txt" in server.lines  # the name went back as Latin-1
