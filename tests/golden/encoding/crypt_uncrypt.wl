// Crypt/Uncrypt (wlinterp's own documented format: WINDEV's algorithm is not published),
// CryptStandard/DecryptStandard (AES; result = initialisation vector + data, as the help
// page of DecryptStandard, doc.windev.com ?1000021294, describes).
s is string = Crypt("Invoice 2024-117", "secret")
Trace(s <> "Invoice 2024-117", Uncrypt(s, "secret")) // expect: 1, Invoice 2024-117
Trace(Crypt("a", "k") <> Crypt("a", "k")) // expect: 1
Trace(Uncrypt(s, "wrong"), ErrorOccurred) // expect: , 1
Trace(ErrorInfo()) // expect: Uncrypt: wrong password, or the encrypted data was altered.
u is string = "Noël 日本"
Trace(Uncrypt(Crypt(u, "k", cryptSecure, encodeBASE64), "k", cryptSecure, encodeBASE64) = u) // expect: 1
b is Buffer = Crypt("abc", "k", cryptFast, encodeNone)
Trace(Uncrypt(b, "k", cryptFast, encodeNone)) // expect: abc
Trace(Uncrypt(Crypt("l1" + CR + "l2", "p", cryptSecure, encodeUUEncode), "p", cryptSecure, encodeUUEncode)) // expect: l1
// expect: l2
Trace(Crypt("abc", "k", cryptNone, encodeBASE64)) // expect: YWJj
Trace(Uncrypt("YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo0NTY3ODkwMTIzNDU2Nzg5", "k"), ErrorOccurred) // expect: , 1
Trace(ErrorInfo()) // expect: Uncrypt: this data was not encrypted by wlinterp's Crypt (WINDEV's own Crypt format is not documented, so it cannot be decrypted here).
key is Buffer = HashString(HA_MD5_128, "mot de passe")
c is Buffer = CryptStandard("Message to encrypt", key, cryptAES128)
Trace(Length(c), DecryptStandard(c, key, cryptAES128)) // expect: 48, Message to encrypt
// FIPS-197 appendix C.1 test vector (AES-128, one block, no padding needed)
v is Buffer = CryptStandard(HexaToBuffer("00112233445566778899AABBCCDDEEFF"), HexaToBuffer("000102030405060708090A0B0C0D0E0F"), cryptAES128, cryptECB, cryptPaddingZero)
Trace(Encode(v, encodeHexa)) // expect: 69C4E0D86A7B0430D8CDB78070B4C55A
// FIPS-197 appendix C.2 (AES-192), then an AES-192 round trip with the CBC mode named
v192 is Buffer = CryptStandard(HexaToBuffer("00112233445566778899AABBCCDDEEFF"), HexaToBuffer("000102030405060708090A0B0C0D0E0F1011121314151617"), cryptAES192, cryptECB, cryptPaddingZero)
Trace(Encode(v192, encodeHexa)) // expect: DDA97CA4864CDFE06EAF70A0EC0D7191
k192 is Buffer = HashString(HA_SHA_256, "pw")[[1 TO 24]]
c192 is Buffer = CryptStandard("Message to encrypt", k192, cryptAES192, cryptCBC, cryptPaddingPKCS)
Trace(Length(c192), DecryptStandard(c192, k192, cryptAES192, cryptCBC, cryptPaddingPKCS)) // expect: 48, Message to encrypt
k256 is Buffer = HashString(HA_SHA_256, "pw")
Trace(DecryptStandard(CryptStandard("ctr mode", k256, cryptAES256, cryptCTR), k256, cryptAES256, cryptCTR)) // expect: ctr mode
Trace(CryptStandard("a", "short"), ErrorOccurred) // expect: , 1
Trace(ErrorInfo()) // expect: CryptStandard: the key has 5 bytes; AES-256 needs 32 (a hash of a password gives a key of the right size).
Trace(Crypt("a", "k", 7)) // expect error: Crypt: unknown type of encryption 7.
