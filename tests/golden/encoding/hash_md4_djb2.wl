// HashString/HashFile's HA_MD4 and HA_DJB2_32/64, named by PC SOFT's HashString page
// (?1000007111). MD4 is RFC 1320's (its test vectors below; written out, since Python's
// OpenSSL builds may lack it); DJB2 is Bernstein's h = h * 33 + byte from 5381, its
// 4 or 8 bytes most significant first as HA_CRC32's (INFERRED: docs/builtins.md).
Trace(BufferToHexa(HashString(HA_MD4, ""), NoGrouping, NoLine))   // expect: 31D6CFE0D16AE931B73C59D7E0C089C0
Trace(BufferToHexa(HashString(HA_MD4, "abc"), NoGrouping, NoLine))   // expect: A448017AAF21D8525FC10AE87AA6729D
Trace(BufferToHexa(HashString(HA_MD4, "message digest"), NoGrouping, NoLine))   // expect: D9130A8164549FE818874806E1C7014B
Trace(BufferToHexa(HashString(HA_MD4, Repeat("1234567890", 8)), NoGrouping, NoLine))   // expect: E33B4DDC9C38F2199C3E7B164FCC0536
Trace(Length(HashString(HA_DJB2_32, "hello")), Length(HashString(HA_DJB2_64, "hello")))   // expect: 4, 8
Trace(BufferToHexa(HashString(HA_DJB2_32, ""), NoGrouping, NoLine))   // expect: 00001505
Trace(BufferToHexa(HashString(HA_DJB2_32, "hello"), NoGrouping, NoLine))   // expect: 0F923099
Trace(BufferToHexa(HashString(HA_DJB2_64, "hello"), NoGrouping, NoLine))   // expect: 000000310F923099
// the 32-bit hash is the low half of the 64-bit one (the same sum, another modulus)
Trace(BufferToHexa(HashString(HA_DJB2_32, "Hello, World!"), NoGrouping, NoLine) = Right(BufferToHexa(HashString(HA_DJB2_64, "Hello, World!"), NoGrouping, NoLine), 8))   // expect: 1
// HashFile reads a file in blocks and gives the same hash; HashCheckString agrees
sFile is string = fTempPath() + ["/"] + "wl_md4_" + GetUUID() + ".txt"
fSaveText(sFile, Repeat("abc", 30000))
Trace(HashFile(HA_MD4, sFile) = HashString(HA_MD4, Repeat("abc", 30000)))   // expect: 1
Trace(HashFile(HA_DJB2_64, sFile) = HashString(HA_DJB2_64, Repeat("abc", 30000)))   // expect: 1
Trace(HashCheckString(HA_MD4, "abc", HashString(HA_MD4, "abc")))   // expect: 1
fDelete(sFile)
// the Murmur family is named by the page but not built: no seed, no byte order given
Trace(HashString(HA_MURMUR_1, "abc"))   // expect error: HashString: HA_MURMUR_1 is not available
