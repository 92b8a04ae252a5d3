"""The ftpConnection / ftpConnexion type (?1410090869; stdlib/ftp_connection_type.py,
docs/builtins.md "The ftpConnection type") against the loopback FTP server
(tests/ftp_loopback.py), in English and in French: its properties read back, FTPConnect
takes it (?3040016's example), and it then stands for its connection."""
from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from ftp_loopback import FTPServer
from wlinterp.engine import run_source
from wlinterp.errors import WLRuntimeError


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[FTPServer]:
    root = tmp_path / "served"
    root.mkdir()
    (root / "readme.txt").write_bytes(b"hello")
    srv = FTPServer(root, {"ann": "hunter2", "anonymous": ""})
    yield srv
    srv.close()


def run(code: str) -> list[str]:
    out, err = io.StringIO(), io.StringIO()
    run_source(code, "ftp.wl", stdout=out, stderr=err, options={})
    assert err.getvalue() == "", err.getvalue()
    return out.getvalue().splitlines()


EN = '''
cnx is ftpConnection
Trace(cnx.Server = "", cnx.PortNumber, cnx.ConnectionType = ftpModePassive, cnx.FTPESMode)
cnx.Server = "127.0.0.1"
cnx.User = "ann"
cnx.Password = "hunter2"
cnx.PortNumber = {port}
cnx.ConnectionType = ftpModeActive
cnx.Timeout = 5
Trace(cnx.server, cnx.USER, cnx.portnumber, cnx.ConnectionType, cnx.Timeout)
n is int = FTPConnect(cnx)
Trace(n, ErrorOccurred)
Trace(FTPSize(cnx, "/readme.txt"), FTPSize(n, "/readme.txt"))
Trace(FTPSend(cnx, "{local}", "/"), FTPFileExist(cnx, "/up.txt"))
Trace(FTPDisconnect(cnx), FTPSize(cnx, "/readme.txt"), ErrorOccurred)
bad is ftpConnection
bad.Server = "127.0.0.1"
bad.User = "ann"
bad.Password = "wrong"
bad.PortNumber = {port}
Trace(FTPConnect(bad), ErrorInfo(errCode) = ftpErrorIdentification, FTPSize(bad, "/readme.txt"))
'''

FR = '''
cnx est une ftpConnexion
cnx.Serveur = "127.0.0.1"
cnx.Utilisateur = "ann"
cnx.MotDePasse = "hunter2"
cnx.NuméroPort = {port}
cnx.TypeConnexion = ftpModeActif
cnx.DélaiConnexion = 5
Trace(cnx.serveur, cnx.UTILISATEUR, cnx.numeroport, cnx.TypeConnexion, cnx.DelaiConnexion)
n est un entier = FTPConnecte(cnx)
Trace(n, ErreurDétectée)
Trace(FTPTaille(cnx, "/readme.txt"), FTPTaille(n, "/readme.txt"))
Trace(FTPEnvoie(cnx, "{local}", "/"), FTPFichierExiste(cnx, "/up.txt"))
Trace(FTPDéconnecte(cnx), FTPTaille(cnx, "/readme.txt"), ErreurDétectée)
mauvais est une ftpConnexion
mauvais.Serveur = "127.0.0.1"
mauvais.Utilisateur = "ann"
mauvais.MotDePasse = "faux"
mauvais.NuméroPort = {port}
Trace(FTPConnecte(mauvais), ErreurInfo(errCode) = ftpErreurIdentification, FTPTaille(mauvais, "/readme.txt"))
'''


@pytest.mark.parametrize("code", [EN, FR])
def test_a_described_connection_connects_and_stands_for_it(server, tmp_path, code):
    local = tmp_path / "up.txt"
    local.write_text("abc")
    lines = run(code.format(port=server.port, local=local))
    first = 1 if code is EN else 0
    if code is EN:
        assert lines[0] == "1, 21, 1, 0"
    assert lines[first:first + 6] == [
        f"127.0.0.1, ann, {server.port}, 0, 5", "0, 0", "5, 5", "1, 1", "1, -1, 1",
        "-1, 1, -1"]
    assert (server.root / "up.txt").read_text() == "abc"
    assert any(line.startswith("PORT ") for line in server.lines)  # ftpModeActive


def test_an_unknown_property_names_the_known_ones():
    with pytest.raises(WLRuntimeError) as failure:
        run('c is ftpConnection\nc.Host = "x"\n')
    # at the property's name, where wl check puts WL109 for a write too
    assert "ftp.wl:2:3: An ftpConnection variable has no property 'Host'" in str(failure.value)
    assert "PortNumber" in str(failure.value)


def test_ftpes_mode_asks_tls_before_the_login(server):
    """FTPESMode as `ftpes://`: the loopback server refuses AUTH TLS, so no login is sent."""
    lines = run(f'c is ftpConnection\nc.Server = "127.0.0.1"\nc.User = "ann"\n'
                f'c.Password = "hunter2"\nc.PortNumber = {server.port}\nc.FTPESMode = True\n'
                'Trace(FTPConnect(c), ErrorOccurred)\n')
    assert lines == ["-1, 1"]
    assert "AUTH TLS" in server.lines
    assert not any(line.startswith(("USER", "PASS")) for line in server.lines)


@pytest.mark.parametrize("code", [
    'c is ftpConnection\nc.User = "ann"\nc.Password = "hunter2"\n'
    'Trace(FTPConnect(c), ErrorOccurred, ErrorInfo())\n',
    'c est une ftpConnexion\nc.Utilisateur = "ann"\nc.MotDePasse = "hunter2"\n'
    'Trace(FTPConnecte(c), ErreurDétectée, ErreurInfo())\n',
    'Trace(FTPConnect("  ", "ann", "hunter2"), ErrorOccurred, ErrorInfo())\n',
    'Trace(FTPConnecte("ftp://", "ann", "hunter2"), ErreurDétectée, ErreurInfo())\n',
])
def test_no_server_says_so(code):
    """A connection described without its Server (or an empty address) fails saying the
    address is empty: it said the password is not sent in clear text to 'another machine ()'."""
    [line] = run(code)
    assert line.startswith("-1, 1, FTPConnect") and line.endswith(
        ": no server given (its address is empty)."), line
