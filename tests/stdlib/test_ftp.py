"""The FTP family (stdlib/ftp_client.py; docs/builtins.md "FTP") against a real FTP
server on 127.0.0.1 (tests/ftp_loopback.py), in English and in French: the help pages'
examples (FTPConnect ?3040016, FTPSend ?3040014, FTPCommand ?3040017, FTPMakeDir
?3040001) with the loopback server for theirs, each failure non-fatal, and the password
never in clear to another machine (docs/security.md)."""
from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from ftp_loopback import FTPServer
from wlinterp.engine import run_source


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[FTPServer]:
    root = tmp_path / "served"
    root.mkdir()
    (root / "readme.txt").write_bytes(b"hello\r\nworld\x00\xff")
    srv = FTPServer(root, {"ann": "hunter2", "anonymous": ""})
    yield srv
    srv.close()


def run(code: str, **options: object) -> list[str]:
    out, err = io.StringIO(), io.StringIO()
    run_source(code, "ftp.wl", stdout=out, stderr=err, options=dict(options))
    assert err.getvalue() == "", err.getvalue()
    return out.getvalue().splitlines()


EN = '''
n is int = FTPConnect("127.0.0.1", "ann", "hunter2", {port})
Trace(n, FTPCurrentDir(n))
// FTPMakeDir's example (?3040001): the levels are created in one call
Trace(FTPMakeDir(n, "/Documents/File"), FTPCurrentDir(n))
// FTPSend's example (?3040014): the file into the folder, under its own name
Trace(FTPSend(n, "{local}", "/Documents/File"))
Trace(FTPSize(n, "/Documents/File/report.csv"), FTPSize(n, "/nothing.txt"), ErrorOccurred)
Trace(FTPGet(n, "/readme.txt", "{down}"))
Trace(FTPRenameFile(n, "/Documents/File/report.csv", "/Documents/old.csv"))
// FTPCommand's example (?3040017)
sReply, sList are strings
IF FTPCommand(n, "SYST", sReply) = True THEN Trace("System: " + sReply)
IF FTPCommand(n, "NLST /Documents", sReply, sList) = True THEN Trace(sList)
Trace(FTPCommand(n, "XYZZY", sReply), sReply)
Trace(FTPDeleteFile(n, "/Documents/old.csv"), FTPDeleteDir(n, "/Documents/File"))
Trace(FTPCurrentDir(n, "/Documents"), FTPCurrentDir(n))
Trace(FTPDisconnect(n))
// anonymous (no user name), in active mode (PORT)
n2 is int = FTPConnect("ftp://127.0.0.1", "", "", {port}, False)
Trace(n2, FTPCommand(n2, "NLST /", sReply, sList), sList)
Trace(FTPSize(n, "/readme.txt"), ErrorInfo(errMessage))
'''

FR = '''
n est un entier = FTPConnecte("127.0.0.1", "ann", "hunter2", {port})
Trace(n, FTPRepEnCours(n))
Trace(FTPRepCrée(n, "/Documents/Fichier"), FTPRepEnCours(n))
Trace(FTPEnvoie(n, "{local}", "/Documents/Fichier"))
Trace(FTPTaille(n, "/Documents/Fichier/report.csv"), FTPTaille(n, "/rien.txt"), ErreurDétectée)
Trace(FTPRécupère(n, "/readme.txt", "{down}"))
Trace(FTPRenommeFichier(n, "/Documents/Fichier/report.csv", "/Documents/ancien.csv"))
sRéponse, sListe sont des chaînes
SI FTPCommande(n, "SYST", sRéponse) = Vrai ALORS Trace("Système : " + sRéponse)
SI FTPCommande(n, "NLST /Documents", sRéponse, sListe) = Vrai ALORS Trace(sListe)
Trace(FTPCommande(n, "XYZZY", sRéponse), sRéponse)
Trace(FTPSupprimeFichier(n, "/Documents/ancien.csv"), FTPRepSupprime(n, "/Documents/Fichier"))
Trace(FTPRepEnCours(n, "/Documents"), FTPRepEnCours(n))
Trace(FTPDéconnecte(n))
n2 est un entier = FTPConnecte("ftp://127.0.0.1", "", "", {port}, Faux)
Trace(n2, FTPCommande(n2, "NLST /", sRéponse, sListe), sListe)
Trace(FTPTaille(n, "/readme.txt"), ErreurInfo(errMessage))
'''


@pytest.mark.parametrize("code, folder, old", [(EN, "File", "old"),
                                               (FR, "Fichier", "ancien")])
def test_a_session_sends_gets_and_manages_files(server, tmp_path, code, folder, old):
    local = tmp_path / "report.csv"
    local.write_text("id;total\n1;12.50\n")
    down = tmp_path / "down"
    down.mkdir()
    lines = run(code.format(port=server.port, local=local, down=down))
    assert lines[:4] == ["0, /", "1, /", "1", f"{len(local.read_bytes())}, -1, 1"]
    assert lines[4:6] == ["1", "1"]
    assert lines[6].startswith(("System: 215 UNIX", "Système : 215 UNIX"))
    assert lines[7:9] == [f"{folder}", f"{old}.csv"], lines
    assert lines[9] == "0, 502 not implemented"
    assert lines[10:15] == ["1, 1", "1, /Documents", "1", "1, 1, Documents", "readme.txt"]
    assert lines[15].startswith("-1, FTP") and \
        "there is no FTP connection number 0" in lines[15], lines  # (FTPTaille in French)
    assert (down / "readme.txt").read_bytes() == b"hello\r\nworld\x00\xff"
    assert (server.root / "Documents").is_dir() and not (server.root / "Documents" / folder).exists()
    assert "PASS hunter2" in server.lines and "PASS anonymous@" in server.lines
    assert any(line.startswith("PORT ") for line in server.lines)  # the active connection


def test_a_refused_login_is_ftp_error_identification(server):
    lines = run(f'n is int = FTPConnect("127.0.0.1", "ann", "wrong", {server.port})\n'
                'Trace(n, ErrorOccurred, ErrorInfo(errCode) = ftpErrorIdentification)\n'
                'Trace(ErrorInfo(errMessage))\n')
    assert lines[0] == "-1, 1, 1"
    assert "530" in lines[1] and "wrong" not in lines[1]


def test_a_password_is_not_sent_in_clear_to_another_machine():
    """Refused before any connection (the name is not looked up): a password in clear
    goes only to this machine, or with --allow-cleartext-auth (then the connection is
    tried, and here fails for want of the server)."""
    code = ('n is int = FTPConnect("ftp.example.invalid", "ann", "hunter2")\n'
            'Trace(n, ErrorInfo(errMessage))\n')
    line = run(code)[0]
    assert line.startswith("-1, FTPConnect: the password is not sent in clear text to "
                           "another machine (ftp.example.invalid): use ftpes://"), line
    assert "clear text" not in run(code, allow_cleartext_auth=True)[0]


def test_ftpes_does_not_fall_back_to_clear_text(server):
    """The server refuses AUTH TLS: the connection fails before USER/PASS are sent."""
    lines = run(f'n is int = FTPConnect("ftpes://127.0.0.1", "ann", "hunter2", {server.port})\n'
                'Trace(n, ErrorOccurred)\n')
    assert lines == ["-1, 1"]
    assert "AUTH TLS" in server.lines
    assert not any(line.startswith(("USER", "PASS")) for line in server.lines)


@pytest.mark.parametrize("code, words", [
    ('Trace(FTPConnect("sftp://127.0.0.1", "ann", "x"), ErrorInfo(errMessage))',
     "-1, FTPConnect: sftp:// (SSH) is not available"),
    ('Trace(FTPSend(3, "x", "/"), ErrorInfo(errMessage))',
     "0, FTPSend: there is no FTP connection number 3"),
])
def test_what_is_not_available_fails_clearly(code, words):
    assert run(code)[0].startswith(words)


def test_a_line_break_in_a_name_is_refused_not_sent(server):
    lines = run(f'n is int = FTPConnect("127.0.0.1", "ann", "hunter2", {server.port})\n'
                'Trace(FTPDeleteFile(n, "a" + CR + "DELE readme.txt"), ErrorInfo())\n')
    assert lines == ["0, FTPDeleteFile failed (a line break (CR or LF) in a name or a "
                     "command is refused; nothing was sent)."]  # (Python's words before)
    assert (server.root / "readme.txt").exists()


def test_a_failed_get_leaves_no_file_and_send_can_name_the_file(server, tmp_path):
    """FTPGet of a file the server does not have: False, and no empty file left here;
    FTPSend to a path that is no folder writes that file (INFERRED, docs/builtins.md)."""
    local = tmp_path / "a.txt"
    local.write_text("abc")
    lines = run(f'n is int = FTPConnect("127.0.0.1", "ann", "hunter2", {server.port})\n'
                f'Trace(FTPGet(n, "/missing.txt", "{tmp_path}"), ErrorOccurred)\n'
                f'Trace(FTPSend(n, "{local}", "/renamed.txt"))\n')
    assert lines == ["0, 1", "1"]
    assert not (tmp_path / "missing.txt").exists()
    assert (server.root / "renamed.txt").read_text() == "abc"


def test_a_failed_get_keeps_the_local_file_it_would_have_replaced(server, tmp_path):
    """FTPGet onto a file that exists here, failing (the server has no such file): the
    file keeps its content (it was emptied, then deleted); one that succeeds replaces
    it, and no part file is left beside it. In French."""
    (tmp_path / "readme.txt").write_bytes(b"my own copy")
    (server.root / "other.txt").write_bytes(b"theirs")
    lines = run(f'n est un entier = FTPConnecte("127.0.0.1", "ann", "hunter2", {server.port})\n'
                f'Trace(FTPRécupère(n, "/missing.txt", "{tmp_path}/readme.txt"), '
                f'ErreurDétectée, fChargeTexte("{tmp_path}/readme.txt"))\n'
                f'Trace(FTPRécupère(n, "/other.txt", "{tmp_path}/readme.txt"))\n')
    assert lines == ["0, 1, my own copy", "1"]
    assert (tmp_path / "readme.txt").read_bytes() == b"theirs"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["readme.txt", "served"]
