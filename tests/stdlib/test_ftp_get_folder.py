"""FTPGet of a server's folder, as FTPGet's page says (?3040002, FTPRécupère: "Si ce
paramètre correspond à un répertoire, tous les fichiers de ce répertoire sont récupérés.
Un répertoire de même nom ..."): the folder comes whole into a folder of its name in the
local destination (stdlib/ftp_get_folder.py). It failed with the server's "550 no such
file". Against the loopback FTP server (tests/ftp_loopback.py), with MLSD and with LIST
only; English and French. A name the server lists that would write outside the folder
is refused in words, nothing written for it."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ftp_loopback import FTPServer
from wl_test_helpers import run_lines

EN = '''ConnectionNumber is int = FTPConnect("127.0.0.1", "ann", "pw", {port})
ResGet is boolean = FTPGet(ConnectionNumber, "/Exports", "{local}")
Trace(ResGet, ErrorOccurred)
Trace(ErrorInfo(errMessage))
Trace(FTPGet(ConnectionNumber, "/Exports/", "{local}"), ErrorOccurred)
Trace(FTPGet(ConnectionNumber, "/Exports", "{local}/none"), ErrorOccurred)
Trace(ErrorInfo(errMessage))
Trace(FTPGet(ConnectionNumber, "/Exports/a.csv", "{local}"), ErrorOccurred)
'''
FR = '''NumConnexion est un entier = FTPConnecte("127.0.0.1", "ann", "pw", {port})
ResRécup est un booléen = FTPRécupère(NumConnexion, "/Exports", "{local}")
Trace(ResRécup, ErreurDétectée)
Trace(ErreurInfo(errMessage))
Trace(FTPRécupère(NumConnexion, "/Exports/", "{local}"), ErreurDétectée)
Trace(FTPRécupère(NumConnexion, "/Exports", "{local}/rien"), ErreurDétectée)
Trace(ErreurInfo(errMessage))
Trace(FTPRécupère(NumConnexion, "/Exports/a.csv", "{local}"), ErreurDétectée)
'''


@pytest.fixture(params=[False, True], ids=["list", "mlsd"])
def served(request, tmp_path: Path) -> Iterator[tuple[FTPServer, Path]]:
    root = tmp_path / "served"
    (root / "Exports" / "Année 2026" / "vide").mkdir(parents=True)
    (root / "Exports" / "a.csv").write_bytes(b"client;montant\r\n")
    (root / "Exports" / "Année 2026" / "bilan.pdf").write_bytes(bytes(range(256)) * 40)
    server = FTPServer(root, {"ann": "pw"}, mlsd=request.param)
    yield server, root
    server.close()


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_a_server_folder_comes_whole_into_a_folder_of_its_name(served, tmp_path, code):
    server, _ = served
    local = tmp_path / "local"
    local.mkdir()
    lines = run_lines(code.format(port=server.port, local=local))
    assert lines[:4] == ["1, 0", "", "1, 0", "0, 1"], lines  # again, over what is there
    missing = "rien" if "FTPRécupère" in code else "none"
    assert lines[4].endswith("'/Exports' is a folder on the server: the destination "
                             f"'{local}/{missing}' must be a local folder that exists (a "
                             "folder of the same name is made in it)."), lines
    assert lines[5] == "1, 0", lines  # a single file still comes as before
    got = local / "Exports"
    assert (got / "a.csv").read_bytes() == b"client;montant\r\n"
    assert (got / "Année 2026" / "bilan.pdf").read_bytes() == bytes(range(256)) * 40
    assert (got / "Année 2026" / "vide").is_dir()
    assert sorted(str(p.relative_to(local)) for p in local.rglob("*")) == [
        "Exports", "Exports/Année 2026", "Exports/Année 2026/bilan.pdf",
        "Exports/Année 2026/vide", "Exports/a.csv", "a.csv"]  # no partial file left
    assert (local / "a.csv").read_bytes() == b"client;montant\r\n"


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_a_listed_name_that_would_leave_the_folder_is_refused(served, tmp_path, code):
    """A file on the server named `..\\..\\evil.txt` (a backslash is a separator where
    WINDEV runs, and paths are read so here): refused before anything of that folder is
    written, nothing written outside."""
    server, root = served
    (root / "Exports" / "..\\..\\evil.txt").write_bytes(b"owned")
    local = tmp_path / "local"
    local.mkdir()
    lines = run_lines(code.format(port=server.port, local=local))
    assert lines[0] == "0, 1", lines
    assert lines[1].endswith("the server listed an entry named '..\\\\..\\\\evil.txt' in "
                             "'/Exports', which is no file name (it would be written outside "
                             "the folder): nothing more was fetched."), lines
    assert not list(tmp_path.rglob("evil.txt")), list(tmp_path.rglob("*evil*"))
    assert not (local / "Exports" / "a.csv").exists()
