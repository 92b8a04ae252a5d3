"""RSA keys and messages exchanged with other tools (stdlib/rsa_crypt.py): keys that
EncryptGenerateRSAKey writes are read by the `cryptography` package and by OpenSSL;
what they encrypt with the public key, DecryptAsymmetric decrypts, and the reverse."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from stdlib_helpers import call, const
from wlinterp.runtime.state import Runtime

OAEP = padding.OAEP(mgf=padding.MGF1(hashes.SHA1()), algorithm=hashes.SHA1(), label=None)


def _pair(rt: Runtime) -> tuple[str, str]:
    ok, public, private = call(rt, "EncryptGenerateRSAKey", 2048)  # type: ignore[misc]
    assert ok is True
    return public, private


def test_keys_are_standard_pem_and_messages_cross(tmp_path: Path) -> None:
    rt = Runtime()
    public, private = _pair(rt)
    key = serialization.load_pem_private_key(private.encode("latin-1"), None)
    assert isinstance(key, rsa.RSAPrivateKey) and key.key_size == 2048
    sealed = call(rt, "EncryptAsymmetric", "invoice 42", public)
    assert key.decrypt(sealed.encode("latin-1"), OAEP) == b"invoice 42"  # type: ignore[union-attr]
    theirs = key.public_key().encrypt(b"from Python", padding.PKCS1v15())
    assert call(rt, "DecrypteAsymétrique", theirs.decode("latin-1"), private,
                const("cryptPaddingPKCS")) == "from Python"


def test_openssl_reads_the_keys_and_decrypts(tmp_path: Path) -> None:
    assert shutil.which("openssl"), "the openssl command is needed (Debian: openssl)"
    rt = Runtime()
    public, private = _pair(rt)
    (tmp_path / "priv.pem").write_bytes(private.encode("latin-1"))
    (tmp_path / "msg.bin").write_bytes(call(rt, "EncryptAsymmetric", "for openssl",
                                            public).encode("latin-1"))  # type: ignore[union-attr]
    out = subprocess.run(["openssl", "pkeyutl", "-decrypt", "-inkey", "priv.pem", "-in",
                          "msg.bin", "-pkeyopt", "rsa_padding_mode:oaep"],
                         cwd=tmp_path, capture_output=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout == b"for openssl"


def test_a_foreign_key_in_der() -> None:
    rt = Runtime()
    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    der = key.public_key().public_bytes(serialization.Encoding.DER,
                                        serialization.PublicFormat.SubjectPublicKeyInfo)
    sealed = call(rt, "CrypteAsymétrique", "abc", der.decode("latin-1"))
    assert key.decrypt(sealed.encode("latin-1"), OAEP) == b"abc"  # type: ignore[union-attr]
