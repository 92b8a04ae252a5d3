// EncryptStandard is CryptStandard's other English name: PC SOFT's password manager
// example encrypts with `EnCryptStandard(..., cryptAES128, cryptCBC, cryptPaddingPKCS)`
// beside DecryptStandard (it was an unknown function). A key derived from a password by
// repeated HMACs, as that example does, then a round trip (INFERRED, docs/builtins.md)
CONSTANT
	NB_ROUNDS = 64
END
bufKey is Buffer = DeriveKey("correct horse")
Trace(Length(bufKey)) // expect: 16
bufSecret is Buffer = EncryptStandard(StringToUTF8("note: 42"), bufKey, cryptAES128, cryptCBC, cryptPaddingPKCS)
Trace(Length(bufSecret)) // expect: 32
Trace(UTF8ToString(DecryptStandard(bufSecret, bufKey, cryptAES128, cryptCBC, cryptPaddingPKCS))) // expect: note: 42
Trace(UTF8ToString(DecryptStandard(EnCryptStandard("abc", bufKey, cryptAES128), bufKey, cryptAES128))) // expect: abc

PROCEDURE DeriveKey(sPassword is string) : Buffer
buf0 is Buffer = StringToUTF8(sPassword)
bufDerived is Buffer = buf0
n is int = 1
LOOP(NB_ROUNDS)
	bufDerived = HashString(HA_HMAC_MD5_128, bufDerived, buf0[[n]])
	n++
	IF n > Length(buf0) THEN n = 1
END
RESULT bufDerived
