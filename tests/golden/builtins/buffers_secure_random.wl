// BufferToInteger/BufferToReal, CryptoRandomInteger/Buffer, GeneratePassword, GetUUID256 (docs/builtins.md, "Buffers and secure random")
b is Buffer = HexaToBuffer("01000000FFFFFFFF34120080")
Trace(BufferToInteger(b), BufferToInteger(b, 5), BufferToInteger(b, 9, 2), BufferToInteger(b, 5, 1), BufferToInteger(b, 11, 2)) // expect: 1, -1, 4660, -1, -32768
Trace(BufferToInteger(HexaToBuffer("0000000001000000"), 1, 8)) // expect: 4294967296
r is Buffer = HexaToBuffer("000000000000F83F0000C03F")
Trace(BufferToReal(r), BufferToReal(r, 9, 4)) // expect: 1.5, 1.5
ok is boolean = True
FOR i = 1 TO 200
	n is int = CryptoRandomInteger(1, 6)
	IF n < 1 OR n > 6 THEN ok = False
	m is int = CryptoRandomInteger(3)
	IF m < 1 OR m > 3 THEN ok = False
END
Trace(ok, CryptoRandomInteger() >= 0) // expect: 1, 1
Trace(Length(CryptoRandomBuffer(32)), CryptoRandomBuffer(16) <> CryptoRandomBuffer(16), Length(CryptoRandomBuffer(0))) // expect: 32, 1, 0
u is string = GetUUID256()
Trace(Length(u), MatchRegularExpression(u, "[0-9A-F]{64}"), u <> GetUUID256()) // expect: 64, 1, 1
p is string = GeneratePassword(24)
Trace(Length(p), CharactOccurrenceType(p, ctLowerCase) >= 1, CharactOccurrenceType(p, ctUpperCase) >= 1, CharactOccurrenceType(p, ctDigit) >= 1, CharactOccurrenceType(p, ctPunctuation) >= 1) // expect: 24, 1, 1, 1, 1
Trace(MatchRegularExpression(GeneratePassword(10, gpDigit), "[0-9]{10}"), MatchRegularExpression(GeneratePassword(6, gpUppercase + gpDigit), "[A-Z0-9]{6}")) // expect: 1, 1
BufferToInteger(b, 11, 4) // expect error: cannot read 4 bytes at position 11
