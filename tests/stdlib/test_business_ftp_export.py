"""Business code as WINDEV developers write it (issue 8, NET, method b): the nightly
accounting export uploaded to an FTP server by a procedure (CONSTANTE, LOCAL and optional
parameters, FTPConnecte's -1, FTPRepCrée then FTPRepEnCours joined by _ET_, FTPEnvoie,
FTPTaille checked against fTaille, every failure returned with ErreurInfo), in French
(tests/stdlib/business/export_ftp_fr.wl) and in English, against the loopback FTP server
(tests/ftp_loopback.py) with accented folder and file names. A refused login is named as
the script calls the function: "FTPConnecte failed (530 ...)" in French (it said
"FTPConnect failed", the English name, where every other FTP error said FTPEnvoie...)."""
from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from ftp_loopback import FTPServer
from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"
PASSWORD = "S3cret-2026"
CSV = "Journal;Débit;Crédit\r\nVT;100,00;0,00\r\n".encode("cp1252")


@pytest.fixture()
def served(tmp_path: Path) -> Iterator[tuple[FTPServer, Path]]:
    root = tmp_path / "served"
    root.mkdir()
    server = FTPServer(root, {"compta": PASSWORD})
    yield server, root
    server.close()


@pytest.mark.parametrize("name, said", [
    ("export_ftp_fr.wl", ["Export déposé (38 octets)",
                          "Envoi impossible : FTPEnvoie: the file or folder '{absent}' does "
                          "not exist.",
                          "Connexion refusée : FTPConnecte failed (530 login incorrect)."]),
    ("ftp_export_en.wl", ["Export uploaded (38 bytes)",
                          "Upload failed: FTPSend: the file or folder '{absent}' does not "
                          "exist.",
                          "Connection refused: FTPConnect failed (530 login incorrect)."]),
], ids=["fr", "en"])
def test_an_export_uploaded_by_a_business_procedure(served, tmp_path: Path, name: str,
                                                    said: list[str]) -> None:
    server, root = served
    export = tmp_path / "Export écritures 2026-12.csv"
    export.write_bytes(CSV)
    absent = tmp_path / "absent.csv"
    code = (BUSINESS / name).read_text(encoding="utf-8").replace("{port}", str(server.port)) \
        .replace("{fichier}", str(export)).replace("{absent}", str(absent)) \
        .replace("{motdepasse}", PASSWORD)
    out, err = io.StringIO(), io.StringIO()
    run_source(code, name, stdout=out, stderr=err)
    assert (out.getvalue().splitlines(), err.getvalue()) == (
        [line.replace("{absent}", str(absent)) for line in said], "")
    assert (root / "Dépôts" / "Décembre" / export.name).read_bytes() == CSV
    assert [p.name for p in (root / "Dépôts" / "Décembre").iterdir()] == [export.name]
