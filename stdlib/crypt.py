"""Encryption: Crypt/Crypte and Uncrypt/Décrypte (password encryption in wlinterp's own
format), CryptStandard/CrypteStandard and DecryptStandard/DécrypteStandard (AES, the
standard algorithms PC SOFT documents for exchanging data with other tools).

Crypt/Uncrypt: PC SOFT does not document the algorithm behind WINDEV's Crypt, so data
encrypted by WINDEV cannot be decrypted here, nor the reverse. wlinterp uses a documented,
sound construction of its own (docs/builtins.md, "Encryption"): a random 16-byte salt,
PBKDF2-HMAC-SHA256 of the password (10,000 rounds) giving an encryption key and a MAC key,
an HMAC-SHA256 counter-mode key stream, and a 16-byte HMAC-SHA256 tag. The result starts
with the marker `WLC1`, so Uncrypt recognises its own data and refuses anything else with
a clear non-fatal error (a wrong password is one too), instead of returning garbage.
The bytes encrypted are the value's bytes by the one rule of every built-in
(`value_bytes.to_bytes`: a UNICODE string's are UTF-16); round trips are exact: text with
characters above 255 comes back as the same text, a UNICODE string as a UNICODE string.
The password is text whatever its variable's type: its UTF-8 makes the key, so the same
characters give the same key.

CryptStandard's result is the initialisation vector followed by the encrypted data (as the
help page of DecryptStandard describes), so messages can be exchanged with WINDEV and
other tools that use AES with the same key, mode and padding.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from typing import Any

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.registry import Family, BufferResult
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.value_bytes import from_kind_and_bytes, kind_and_bytes, to_bytes

from .encoding import (ENCODE_BASE64, ENCODE_BASE64_NO_CR, ENCODE_PCSOFT, ENCODE_UUENCODE,
                       buffer, decoded, encoded)

family = Family("Encryption")

CRYPT_NONE = family.constant("cryptNone", "crypteAucun", 0)
CRYPT_FAST = family.constant("cryptFast", "crypteRapide", 1)
CRYPT_SECURE = family.constant("cryptSecure", "crypteSécurisé", 2)
ENCODE_NONE = family.constant("encodeNone", "encodeAucun", 0)

CRYPT_AES128 = family.constant("cryptAES128", "crypteAES128", 128)
CRYPT_AES192 = family.constant("cryptAES192", "crypteAES192", 192)
CRYPT_AES256 = family.constant("cryptAES256", "crypteAES256", 256)
# ECB 1 and CBC 2 (and the paddings PKCS 1, zeros 2) VERIFIED in WINDEV Mobile's Android
# runtime, which builds the cipher "AES/ECB/..." for 1 and "AES/CBC/..." for 2; CTR is ours
CRYPT_ECB = family.constant("cryptECB", "crypteECB", 1)
CRYPT_CBC = family.constant("cryptCBC", "crypteCBC", 2)
CRYPT_CTR = family.constant("cryptCTR", "crypteCTR", 3)
PADDING_PKCS = family.constant("cryptPaddingPKCS", "cryptePaddingPKCS", 1,
                               "crypteRemplissagePKCS")
PADDING_ZERO = family.constant("cryptPaddingZero", "cryptePaddingZéro", 2,
                               "crypteRemplissageZéro")

_MAGIC = b"WLC1"
_ROUNDS = 10_000
_TAG = 16


# -- Crypt / Uncrypt -----------------------------------------------------------------
def _keys(password: object, salt: bytes) -> tuple[bytes, bytes]:
    """The encryption key and the MAC key for a password and a salt."""
    material = hashlib.pbkdf2_hmac("sha256", V.to_str(password).encode("utf-8"), salt,
                                   _ROUNDS, 64)
    return material[:32], material[32:]


def _stream(key: bytes, data: bytes) -> bytes:
    """`data` XOR the HMAC-SHA256 counter-mode key stream of `key` (its own inverse)."""
    out = bytearray(len(data))
    for block in range(0, len(data), 32):
        pad = hmac.new(key, block.to_bytes(8, "big"), hashlib.sha256).digest()
        chunk = data[block:block + 32]
        out[block:block + len(chunk)] = bytes(a ^ b for a, b in zip(chunk, pad))
    return bytes(out)


# The printable formats Crypt writes; each is written and read by the encoding module, as
# Encode and Decode write and read it (one implementation of base64 and of uuencode).
_TEXT_FORMATS = (ENCODE_PCSOFT, ENCODE_BASE64, ENCODE_BASE64_NO_CR, ENCODE_UUENCODE)


def _to_text(data: bytes, fmt: int, fname: str) -> str:
    """The encrypted bytes in the requested format."""
    if fmt == ENCODE_NONE:
        return buffer(data)
    if fmt in _TEXT_FORMATS:
        return encoded(data, fmt)
    raise WLRuntimeError(f"{fname}: unknown format {fmt}.")


def _from_text(text: str, fmt: int, fname: str) -> bytes:
    """The bytes that `_to_text` turned into `text` (non-fatal error when malformed)."""
    try:
        if fmt == ENCODE_NONE:
            return to_bytes(text)
        if fmt in _TEXT_FORMATS:
            return decoded(text, fmt)
    except (UnicodeEncodeError, ValueError):
        raise BuiltinFailure(f"{fname}: the encrypted text is not valid for this format.",
                             value="") from None
    raise WLRuntimeError(f"{fname}: unknown format {fmt}.")


def _check_mode(mode: int, fname: str) -> None:
    if mode not in (CRYPT_NONE, CRYPT_FAST, CRYPT_SECURE):
        raise WLRuntimeError(f"{fname}: unknown type of encryption {mode}.")


@family.function("Crypt", "Crypte")
def crypt(rt: Runtime, source: object, password: object, mode: object = CRYPT_SECURE,
          fmt: object = ENCODE_PCSOFT) -> str:
    """Encrypt a string or buffer with a password (wlinterp's format, see the module
    docstring): printable text by default (encodePCSoft), a buffer with encodeNone.
    cryptFast and cryptSecure use the same algorithm; cryptNone only applies the format."""
    kind, data = kind_and_bytes(source)
    _check_mode(V.to_int(mode), "Crypt")
    if V.to_int(mode) == CRYPT_NONE:
        return _to_text(data, V.to_int(fmt), "Crypt")
    salt = os.urandom(16)
    enc_key, mac_key = _keys(password, salt)
    body = _MAGIC + salt + bytes([kind]) + _stream(enc_key, data)
    tag = hmac.new(mac_key, body, hashlib.sha256).digest()[:_TAG]
    return _to_text(body + tag, V.to_int(fmt), "Crypt")


@family.function("Uncrypt", "Décrypte", can_fail=True)
def uncrypt(rt: Runtime, encrypted: object, password: object, mode: object = CRYPT_SECURE,
            fmt: object = ENCODE_PCSOFT) -> str:
    """Decrypt what Crypt returned, with the same password, type and format. Data that
    Crypt did not produce (WINDEV's own format included) or a wrong password is a
    non-fatal error: "" is returned."""
    _check_mode(V.to_int(mode), "Uncrypt")
    data = _from_text(V.to_str(encrypted), V.to_int(fmt), "Uncrypt")
    if V.to_int(mode) == CRYPT_NONE:
        return buffer(data)
    if not data.startswith(_MAGIC) or len(data) < len(_MAGIC) + 17 + _TAG:
        raise BuiltinFailure(
            "Uncrypt: this data was not encrypted by wlinterp's Crypt (WINDEV's own Crypt "
            "format is not documented, so it cannot be decrypted here).", value="")
    body, tag = data[:-_TAG], data[-_TAG:]
    salt, kind = body[4:20], body[20]
    enc_key, mac_key = _keys(password, salt)
    if not hmac.compare_digest(hmac.new(mac_key, body, hashlib.sha256).digest()[:_TAG], tag):
        raise BuiltinFailure("Uncrypt: wrong password, or the encrypted data was altered.",
                             value="")
    plain = _stream(enc_key, body[21:])
    try:
        return from_kind_and_bytes(kind, plain)
    except UnicodeDecodeError:
        raise BuiltinFailure("Uncrypt: the decrypted text is damaged.", value="") from None


# -- CryptStandard / DecryptStandard ------------------------------------------------------
def _aes(key: object, algorithm: object, fname: str) -> tuple[bytes, Any]:
    """The key bytes (their length must match the AES variant) and the cipher module."""
    from cryptography.hazmat.primitives.ciphers import algorithms
    bits = V.to_int(algorithm)
    if bits not in (CRYPT_AES128, CRYPT_AES192, CRYPT_AES256):
        raise WLRuntimeError(f"{fname}: unknown or unsupported algorithm {bits} "
                             "(wlinterp supports cryptAES128, cryptAES192, cryptAES256).")
    raw = to_bytes(key)
    if len(raw) * 8 != bits:
        raise BuiltinFailure(f"{fname}: the key has {len(raw)} bytes; AES-{bits} needs "
                             f"{bits // 8} (a hash of a password gives a key of the right "
                             "size).", value="")
    return raw, algorithms.AES(raw)


def _mode(mode: object, iv: bytes, fname: str) -> Any:
    from cryptography.hazmat.primitives.ciphers import modes
    m = V.to_int(mode)
    if m == CRYPT_CBC:
        return modes.CBC(iv)
    if m == CRYPT_ECB:
        return modes.ECB()
    if m == CRYPT_CTR:
        return modes.CTR(iv)
    raise WLRuntimeError(f"{fname}: unknown operation mode {m}.")


def _pad(data: bytes, padding: int, mode: int) -> bytes:
    if mode == CRYPT_CTR:
        return data
    fill = 16 - len(data) % 16
    if padding == PADDING_ZERO:
        return data + b"\0" * (fill % 16)
    return data + bytes([fill]) * fill


def _unpad(data: bytes, padding: int, mode: int) -> bytes:
    if mode == CRYPT_CTR:
        return data
    if padding == PADDING_ZERO:
        return data.rstrip(b"\0")
    fill = data[-1] if data else 0
    if not 1 <= fill <= 16 or data[-fill:] != bytes([fill]) * fill:
        raise BuiltinFailure("DecryptStandard: wrong key, or the data is not an AES "
                             "message with PKCS padding.", value="")
    return data[:-fill]


def _check_padding(padding: object, fname: str) -> int:
    p = V.to_int(padding)
    if p not in (PADDING_PKCS, PADDING_ZERO):
        raise WLRuntimeError(f"{fname}: unknown padding {p}.")
    return p


@family.function("CryptStandard", "CrypteStandard", "EncryptStandard", can_fail=True)
def crypt_standard(rt: Runtime, message: object, secret_key: object, algorithm: object = CRYPT_AES256,
                   mode: object = CRYPT_CBC, padding: object = PADDING_PKCS) -> BufferResult:
    """AES encryption: a buffer made of the random initialisation vector (none in ECB
    mode) followed by the encrypted data. EncryptStandard is the name PC SOFT's own WD
    Password example calls it by, beside DecryptStandard (INFERRED: docs/builtins.md)."""
    from cryptography.hazmat.primitives.ciphers import Cipher
    _, aes = _aes(secret_key, algorithm, "CryptStandard")
    pad = _check_padding(padding, "CryptStandard")
    iv = b"" if V.to_int(mode) == CRYPT_ECB else os.urandom(16)
    enc = Cipher(aes, _mode(mode, iv, "CryptStandard")).encryptor()
    data = _pad(to_bytes(message), pad, V.to_int(mode))
    return buffer(iv + enc.update(data) + enc.finalize())


@family.function("DecryptStandard", "DécrypteStandard", can_fail=True)
def decrypt_standard(rt: Runtime, message: object, secret_key: object,
                     algorithm: object = CRYPT_AES256, mode: object = CRYPT_CBC,
                     padding: object = PADDING_PKCS) -> BufferResult:
    """Decrypt a CryptStandard message (initialisation vector + data) with the same key,
    algorithm, mode and padding; a malformed message or a wrong key is non-fatal."""
    from cryptography.hazmat.primitives.ciphers import Cipher
    _, aes = _aes(secret_key, algorithm, "DecryptStandard")
    pad = _check_padding(padding, "DecryptStandard")
    data = to_bytes(message)
    iv_len = 0 if V.to_int(mode) == CRYPT_ECB else 16
    iv, body = data[:iv_len], data[iv_len:]
    if len(iv) < iv_len or (V.to_int(mode) != CRYPT_CTR and len(body) % 16):
        raise BuiltinFailure("DecryptStandard: the message is too short or not a whole "
                             "number of AES blocks.", value="")
    dec = Cipher(aes, _mode(mode, iv, "DecryptStandard")).decryptor()
    return buffer(_unpad(dec.update(body) + dec.finalize(), pad, V.to_int(mode)))
