// Encoding and hashing: base64, URL, hexadecimal, HA_* hashes, CRC32, UUIDs, ANSI
Trace(Encode("Hello", encodeBASE64)) // expect: SGVsbG8=
Trace(Decode("SGVsbG8=", encodeBASE64)) // expect: Hello
Trace(Encode(StringToUTF8("é?"), encodeBASE64URL)) // expect: w6k_
Trace(UTF8ToString(Decode("w6k_", encodeBASE64URL))) // expect: é?
Trace(Length(Encode(Repeat("x", 100)))) // expect: 138
Trace(URLEncode("a b&c/é"), URLDecode("a%20b%26c%2F%C3%A9")) // expect: a%20b&c/%C3%A9, a b&c/é
Trace(BufferToHexa(HashString(HA_MD5, "abc"), NoGrouping, NoLine)) // expect: 900150983CD24FB0D6963F7D28E17F72
Trace(BufferToHexa(HashString(HA_SHA_256, "abc"), NoGrouping, NoLine)) // expect: BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD
Trace(BufferToHexa(HashString(HA_HMAC_SHA_256, "The quick brown fox jumps over the lazy dog", "key"), NoGrouping, NoLine)) // expect: F7BC83F430538424B13298E6AA6FB143EF4D59A14946175997479DBC2D1A3CD8
Trace(HashCheckString(HA_SHA_160, "abc", HashString(HA_SHA_160, "abc"))) // expect: 1
Trace(CRC32("123456789"), IntegerToHexa(CRC32("123456789"))) // expect: 3421780262, CBF43926
Trace(sComputeCrc32("123456789"), sComputeCrc32("")) // expect: 3421780262, 0
// groups of 2 bytes read little-endian, 4 bytes a line (help ?1000019916)
Trace(BufferToHexa("ABCD", 1), BufferToHexa("ABCDEF", 2, 4)) // expect: 41 42 43 44, 4241 4443
// expect: 4645
Trace(HexaToBuffer("41 42 43")) // expect: ABC
u is string = GetUUID()
Trace(Length(u), u[[9]], Length(GetUUID(uuidRaw))) // expect: 36, -, 32
Trace(Length(GetGUID(guidRaw)), Length(GetGUID(guidFormatted))) // expect: 32, 38
Trace(Length(UnicodeToAnsi("été")), AnsiToUnicode(UnicodeToAnsi("été"))) // expect: 3, été
Trace(Decode("!!!", encodeBASE64) = "", ErrorOccurred) // expect: 1, 1
f is string = fTempFile()
fSaveText(f, "abc")
Trace(BufferToHexa(HashFile(HA_SHA_160, f), NoGrouping, NoLine)) // expect: A9993E364706816ABA3E25717850C26C9CD0D89D
fDelete(f)
Trace(HashFile(HA_MD5, f) = "", ErrorOccurred) // expect: 1, 1
