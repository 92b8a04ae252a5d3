"""The certificate of an SSL socket given as WINDEV gives it, by its page's syntax
(?1000017041: SocketCreateSSL(name, port, certificate, CertificateName + ProtocolTLS1_2)):
wlinterp has no Windows certificate store, so the certificate is a file, PEM or PFX
(PKCS #12, without password: the store's export); a name that is no file, a hash, a
protected PFX are refused in words (stdlib/socket_certificates.py). Loopback only, with
certificates from a trustme CA."""
from __future__ import annotations

from pathlib import Path

import pytest
import trustme
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from test_sockets import free_port, run_with

ROUND_TRIP_EN = '''
IF NOT SocketCreateSSL("srv", {port}, "{cert}", CertificateName + ProtocolTLS1_2) THEN
    Trace(ErrorInfo(errMessage))
END
ThreadExecute("server", threadNormal, Serve)
Trace(SocketConnectSSL("cli", {port}, "127.0.0.1", ProtocolTLS1_2, 5000))
SocketWrite("cli", "invoice 42")
Trace(SocketRead("cli", False, 5000))
ThreadWait("server", 500)
SocketClose("cli")
SocketClose("srv")

PROCEDURE Serve()
IF SocketWaitForConnection("srv", 5000) THEN
    c is string = SocketAccept("srv")
    SocketWrite(c, SocketRead(c, False, 5000) + " received")
    SocketClose(c)
END
'''

ROUND_TRIP_FR = '''
SI PAS SocketCréeSSL("srv", {port}, "{cert}", CertificatNom + ProtocoleTLS1_2) ALORS
    Trace(ErreurInfo(errMessage))
FIN
ThreadExécute("serveur", threadNormal, Servir)
Trace(SocketConnecteSSL("cli", {port}, "127.0.0.1", ProtocoleTLS1_2, 5000))
SocketEcrit("cli", "facture 42")
Trace(SocketLit("cli", Faux, 5000))
ThreadAttend("serveur", 500)
SocketFerme("cli")
SocketFerme("srv")

PROCÉDURE Servir()
SI SocketAttendConnexion("srv", 5000) ALORS
    c est une chaîne = SocketAccepte("srv")
    SocketEcrit(c, SocketLit(c, Faux, 5000) + " reçue")
    SocketFerme(c)
FIN
'''


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A CA file, and 127.0.0.1's certificate as PEM, as PFX without and with a password."""
    ca = trustme.CA()
    issued = ca.issue_cert("127.0.0.1")
    folder = tmp_path_factory.mktemp("socket_certificates")
    key = serialization.load_pem_private_key(issued.private_key_pem.bytes(), None)
    cert, *chain = [x509.load_pem_x509_certificate(blob.bytes())
                    for blob in issued.cert_chain_pems]
    paths = {"ca": folder / "ca.pem", "pem": folder / "both.pem",
             "pfx": folder / "server.pfx", "locked": folder / "locked.pfx"}
    ca.cert_pem.write_to_path(str(paths["ca"]))
    issued.private_key_and_cert_chain_pem.write_to_path(str(paths["pem"]))
    paths["pfx"].write_bytes(pkcs12.serialize_key_and_certificates(
        b"srv", key, cert, chain or None, serialization.NoEncryption()))  # type: ignore[arg-type]
    paths["locked"].write_bytes(pkcs12.serialize_key_and_certificates(
        b"srv", key, cert, chain or None,  # type: ignore[arg-type]
        serialization.BestAvailableEncryption(b"s3cret")))
    return {name: str(path) for name, path in paths.items()}


@pytest.mark.parametrize("code, reply", [(ROUND_TRIP_EN, "invoice 42 received"),
                                         (ROUND_TRIP_FR, "facture 42 reçue")], ids=["en", "fr"])
@pytest.mark.parametrize("kind", ["pem", "pfx"])
def test_a_certificate_file_named_as_the_page_names_a_certificate(
        pki: dict[str, str], code: str, reply: str, kind: str) -> None:
    """A PFX file (the certificate store's export) is read as a PEM file is: the client,
    which verifies the server's certificate against the CA, gets its answer."""
    lines = run_with(code.format(port=free_port(), cert=pki[kind]), {"ca_file": pki["ca"]})
    assert lines == ["1", reply], lines


def _refusal(call: str) -> str:
    lines = run_with(f"Trace({call})\nTrace(ErrorInfo(errMessage))\n", {})
    assert lines[0] == "0", lines
    return lines[1]


STORE = ("wlinterp has no Windows certificate store: give the path of a PEM file holding the "
         "certificate and its private key, or of a PFX (PKCS #12) file without password.")


def test_a_certificate_name_that_is_no_file_is_refused_in_words() -> None:
    said = _refusal(f'SocketCreateSSL("s", {free_port()}, "Mon serveur", CertificateName)')
    assert said == f"SocketCreateSSL: the certificate 'Mon serveur' is not a file; {STORE}"


def test_a_certificate_hash_is_refused_in_words() -> None:
    said = _refusal(f'SocketCréeSSL("s", {free_port()}, "9d a4 84 fc", CertificatHash)')
    assert said == ("SocketCréeSSL: a certificate given by its hash (CertificateHash) "
                    f"cannot be found: {STORE}")


def test_a_pfx_with_a_password_is_refused_in_words(pki: dict[str, str]) -> None:
    locked = pki["locked"]
    said = _refusal(f'SocketCreateSSL("s", {free_port()}, "{locked}", CertificateName)')
    assert said == (f"SocketCreateSSL: the certificate '{locked}' is neither a PEM file nor "
                    "a PFX (PKCS #12) file readable without a password (the function has no "
                    f"password parameter); {STORE}")


def test_a_client_certificate_may_be_a_pfx_too(pki: dict[str, str], tmp_path: Path) -> None:
    """SocketConnectSSL's client certificate goes through the same loader: a PFX is read
    (the connection then fails, nobody listening), a missing file is said in words."""
    port = free_port()
    said = _refusal(f'SocketConnectSSL("c", {port}, "127.0.0.1", 0, 1000, "{pki["pfx"]}")')
    assert said.startswith(f"SocketConnectSSL: cannot connect to 127.0.0.1:{port}"), said
    missing = tmp_path / "none.pfx"
    said = _refusal(f'SocketConnectSSL("c", {port}, "127.0.0.1", 0, 1000, "{missing}")')
    assert said == f"SocketConnectSSL: the client certificate '{missing}' is not a file; {STORE}"
