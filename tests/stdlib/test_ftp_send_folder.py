"""FTPSend of a folder, as FTPSend's page says (?3040014: "If this parameter corresponds
to a directory, all the files found in this directory are transferred. A directory with
the same name is created on the FTP server at the location specified by <Destination
file/directory>"): the page's example with a folder for "C:\\MyDocuments\\File.DOC" and
its server replaced by the loopback FTP server (tests/ftp_loopback.py), English and
French. It was refused ("sending a folder is not available")."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ftp_loopback import FTPServer
from wl_test_helpers import run_lines

EN = '''// Connect the current computer to the FTP server
ConnectionNumber is int = FTPConnect("127.0.0.1", "ann", "pw", {port})
// Transfer the folder into the "/Temp" directory on the FTP server
ResSend is boolean = FTPSend(ConnectionNumber, "{folder}", "/Temp")
Trace(ResSend, ErrorOccurred)
Trace(FTPSend(ConnectionNumber, "{folder}", "/Temp"))
Trace(FTPSend(ConnectionNumber, "{folder}/none", "/Temp"), ErrorOccurred)
'''
FR = '''// Connexion du poste en cours au serveur FTP
NumConnexion est un entier = FTPConnecte("127.0.0.1", "ann", "pw", {port})
// Transfert du répertoire dans le répertoire "/Temp" du serveur FTP
ResEnvoi est un booléen = FTPEnvoie(NumConnexion, "{folder}", "/Temp")
Trace(ResEnvoi, ErreurDétectée)
Trace(FTPEnvoie(NumConnexion, "{folder}", "/Temp"))
Trace(FTPEnvoie(NumConnexion, "{folder}/rien", "/Temp"), ErreurDétectée)
'''


@pytest.fixture()
def served(tmp_path: Path) -> Iterator[tuple[FTPServer, Path]]:
    root = tmp_path / "served"
    (root / "Temp").mkdir(parents=True)
    server = FTPServer(root, {"ann": "pw"})
    yield server, root
    server.close()


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_a_folder_is_sent_whole_into_a_folder_of_its_name(served, tmp_path: Path, code):
    server, root = served
    folder = tmp_path / "MyDocuments"
    (folder / "Année 2026").mkdir(parents=True)
    (folder / "File.DOC").write_bytes(b"\xd0\xcf\x11\xe0 a document")
    (folder / "Année 2026" / "bilan.txt").write_bytes(b"figures")
    (folder / "empty").mkdir()
    lines = run_lines(code.format(port=server.port, folder=folder))
    assert lines[:2] == ["1, 0", "1"], lines  # sent, and sent again over what is there
    assert lines[2] == "0, 1", lines
    sent = root / "Temp" / "MyDocuments"
    assert (sent / "File.DOC").read_bytes() == b"\xd0\xcf\x11\xe0 a document"
    assert (sent / "Année 2026" / "bilan.txt").read_bytes() == b"figures"
    assert (sent / "empty").is_dir()
    assert server.lines.count("MKD /Temp/MyDocuments") == 1, server.lines
