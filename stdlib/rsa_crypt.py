"""Asymmetric encryption (RSA): EncryptGenerateRSAKey/CrypteGénèreCléRSA,
EncryptAsymmetric/CrypteAsymétrique and DecryptAsymmetric/DécrypteAsymétrique.

Built on the `cryptography` package the Encryption family (stdlib/crypt.py, AES) already
uses. Keys are buffers in the standard PEM text form (a private key in PKCS#8, a public
key as SubjectPublicKeyInfo: what OpenSSL, Java and .NET read and write); DER bytes are
read too, and a private key given to EncryptAsymmetric encrypts with its public half.
Padding: OAEP (SHA-1, the common default, so other tools decrypt it) unless
cryptPaddingPKCS asks for PKCS#1 v1.5. No stored help page: French names INFERRED (PC
SOFT's French list), English names, parameters, key form and constants *decided*
(docs/builtins.md "RSA"). Errors (a key that cannot be read, data too long for the key,
a wrong key) are non-fatal: an empty buffer (False for the key generation), ErrorOccurred
and ErrorInfo.
"""
from __future__ import annotations

from typing import Any, Callable

from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family, BufferResult, NumberArg, OutArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.value_bytes import to_bytes

from .crypt import PADDING_PKCS
from .encoding import buffer

family = Family("RSA encryption")

PADDING_OAEP = family.constant("cryptPaddingOAEP", "cryptePaddingOAEP", 3)
_SIZES = (1024, 2048, 3072, 4096)


def _padding(value: object, fname: str) -> Any:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding
    n = V.to_int(value)
    if n == PADDING_OAEP:
        return padding.OAEP(mgf=padding.MGF1(hashes.SHA1()), algorithm=hashes.SHA1(),
                            label=None)
    if n == PADDING_PKCS:
        return padding.PKCS1v15()
    raise BuiltinFailure(f"{fname}: {n} is not cryptPaddingOAEP or cryptPaddingPKCS.",
                         value="")


def _key(value: object, private: bool, fname: str) -> Any:
    """The key in a PEM or DER buffer; for encryption a private key gives its public half."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    raw = to_bytes(value)
    readers: list[Callable[[bytes], Any]] = [
        lambda b: serialization.load_pem_private_key(b, None),
        lambda b: serialization.load_der_private_key(b, None)]
    if not private:
        readers[:0] = [serialization.load_pem_public_key, serialization.load_der_public_key]
    for read in readers:
        try:
            key = read(raw)
        except (ValueError, TypeError):
            continue
        if not private and isinstance(key, rsa.RSAPrivateKey):
            key = key.public_key()
        if isinstance(key, (rsa.RSAPrivateKey, rsa.RSAPublicKey)):
            return key
    what = "private" if private else "public"
    raise BuiltinFailure(f"{fname}: the key is not an RSA {what} key (PEM or DER).",
                         value="")


@family.function("EncryptGenerateRSAKey", "CrypteGénèreCléRSA", can_fail=True)
def generate_rsa_key(rt: Runtime, size: NumberArg = 2048, public: OutArg = None,
                     private: OutArg = None) -> tuple[bool, str, str]:
    """A new key pair of `size` bits (1024, 2048, 3072 or 4096): True, and the public
    and private keys (PEM buffers) in the second and third parameters."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    bits = V.to_int(size)
    if bits not in _SIZES:
        raise BuiltinFailure(f"EncryptGenerateRSAKey: {bits} bits: the size is 1024, 2048, "
                             "3072 or 4096.", value=(False, "", ""))
    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    pem_private = key.private_bytes(serialization.Encoding.PEM,
                                    serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
    pem_public = key.public_key().public_bytes(serialization.Encoding.PEM,
                                              serialization.PublicFormat.SubjectPublicKeyInfo)
    return True, buffer(pem_public), buffer(pem_private)


@family.function("EncryptAsymmetric", "CrypteAsymétrique", can_fail=True)
def encrypt_asymmetric(rt: Runtime, data: object, key: object,
                       padding: NumberArg = PADDING_OAEP) -> BufferResult:
    """`data` encrypted with the public key (a buffer as long as the key)."""
    fname = "EncryptAsymmetric"
    pad, raw = _padding(padding, fname), to_bytes(data)
    public = _key(key, False, fname)
    try:
        return buffer(public.encrypt(raw, pad))
    except ValueError:
        room = public.key_size // 8 - (42 if V.to_int(padding) == PADDING_OAEP else 11)
        raise BuiltinFailure(f"{fname}: {len(raw)} bytes: a {public.key_size}-bit key "
                             f"encrypts at most {room} bytes (encrypt a random AES key "
                             "with it, and the data with CryptStandard).", value="") from None


@family.function("DecryptAsymmetric", "DécrypteAsymétrique", can_fail=True)
def decrypt_asymmetric(rt: Runtime, data: object, private_key: object,
                       padding: NumberArg = PADDING_OAEP) -> BufferResult:
    """The data EncryptAsymmetric encrypted with the matching public key."""
    fname = "DecryptAsymmetric"
    pad = _padding(padding, fname)
    private = _key(private_key, True, fname)
    try:
        return buffer(private.decrypt(to_bytes(data), pad))
    except ValueError:
        raise BuiltinFailure(f"{fname}: wrong key or padding, or the data was not "
                             "encrypted with this key's public half.", value="") from None
