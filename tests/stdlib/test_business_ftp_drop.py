"""Business code as WINDEV developers write it (issue 8, NET, method b): statements
dropped on a bank's FTP server, each sent under a temporary name (.tmp), its size checked
with FTPTaille against fTaille, then renamed (FTPRenommeFichier) so the bank never reads a
half-written file; statements older than 30 days purged, chosen by FTPListeFichier's
procedure from the date it is given (DateDifférence) and deleted afterwards
(FTPSupprimeFichier) (tests/stdlib/business/depot_banque_ftp_fr.wl, and its English
twin bank_drop_ftp_en.wl), against the loopback FTP server (tests/ftp_loopback.py) with
LIST and with MLSD, an accented folder and accented file names; and a refused login.
Passes as written."""
from __future__ import annotations

import io
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ftp_loopback import FTPServer
from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"
OLD = [("Relevé_20261001.csv", 65), ("Relevé_20261101.csv", 35), ("Relevé_20261120.csv", 16),
       ("notes.txt", 90)]
CASES = {"fr": ("depot_banque_ftp_fr.wl", "déposé : {name}", "{n} fichier(s) vu(s), {p} à purger",
                "purgé : {name}", "Connexion FTP impossible : FTPConnecte failed (530"),
         "en": ("bank_drop_ftp_en.wl", "dropped: {name}", "{n} file(s) seen, {p} to purge",
                "purged: {name}", "No FTP connection: FTPConnect failed (530")}


@pytest.fixture(params=[False, True], ids=["list", "mlsd"])
def bank(request, tmp_path: Path,
         monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[FTPServer, Path]]:
    # fTempPath (the program writes its statement there before sending it) is this
    # test's own folder: two runs at once wrote the same /tmp/Relevé_<today>.csv
    local = tmp_path / "local"
    local.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(local))
    drop = tmp_path / "served" / "depot" / "relevés"
    drop.mkdir(parents=True)
    now = time.time()
    for name, days in OLD:
        (drop / name).write_text("x")
        os.utime(drop / name, (now - days * 86400, now - days * 86400))
    server = FTPServer(tmp_path / "served", {"banque": "pw"}, mlsd=request.param)
    yield server, drop
    server.close()


def run(name: str, port: int, today: str, password: str = "pw") -> list[str]:
    source = (BUSINESS / name).read_text(encoding="utf-8").replace("{port}", str(port)) \
        .replace("{today}", today).replace('"banque", "pw"', f'"banque", "{password}"')
    out, err = io.StringIO(), io.StringIO()
    run_source(source, name, stdout=out, stderr=err)
    assert err.getvalue() == "", err.getvalue()
    return out.getvalue().splitlines()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_statement_is_dropped_whole_and_old_ones_purged(bank, lang: str) -> None:
    server, drop = bank
    name, dropped, seen, purged, _ = CASES[lang]
    today = time.strftime("%Y%m%d")
    new = f"Relevé_{today}.csv"
    assert run(name, server.port, today) == [
        dropped.format(name=new), seen.format(n=4, p=2),
        purged.format(name=OLD[0][0]), purged.format(name=OLD[1][0])]
    assert sorted(p.name for p in drop.iterdir()) == sorted([new, OLD[2][0], "notes.txt"])
    assert (drop / new).read_bytes().startswith("date;libellé;montant\r\n".encode())
    stored = [line for line in server.lines if line.startswith(("STOR", "RNFR", "RNTO"))]
    assert stored == [f"STOR /depot/relevés/{new}.tmp", f"RNFR /depot/relevés/{new}.tmp",
                      f"RNTO /depot/relevés/{new}"], server.lines


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_refused_login_is_said(bank, lang: str) -> None:
    server, drop = bank
    name, *_, refused = CASES[lang]
    [line] = run(name, server.port, time.strftime("%Y%m%d"), password="wrong")
    assert line.startswith(refused), line
    assert len(list(drop.iterdir())) == len(OLD)
