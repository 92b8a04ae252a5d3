// INIRead reads a file that starts with a byte-order mark (UTF-8 or UTF-16) and
// INIWrite keeps the mark and the encoding (INFERRED: docs/builtins.md, L2 section;
// it used to drop a UTF-8 mark and read a UTF-16 file as garbage)
sIni is string = fTempPath() + fSep() + "wl_ini_bom_en.ini"
fSaveBuffer(sIni, HexaToBuffer("EFBBBF") + StringToUTF8("[Sec]" + CR + "Key=valé" + CR))
Trace(INIRead("Sec", "Key", "", sIni)) // expect: valé
Trace(INIWrite("Sec", "Other", "çà", sIni)) // expect: 1
b is Buffer = fLoadBuffer(sIni)
Trace(BufferToHexa(b[[1 TO 3]])) // expect: EF BB BF
Trace(INIRead("Sec", "Key", "", sIni), INIRead("Sec", "Other", "", sIni)) // expect: valé, çà
// UTF-16 little endian with its mark, as Windows writes a Unicode INI file
fSaveBuffer(sIni, HexaToBuffer("FFFE") + HexaToBuffer("5B0041005D000D000A006B003D00E9000D000A00"))
Trace(INIRead("A", "k", "", sIni)) // expect: é
INIWrite("A", "n", "2", sIni)
b = fLoadBuffer(sIni)
Trace(BufferToHexa(b[[1 TO 4]])) // expect: FF FE 5B 00
Trace(INIRead("A", "k", "", sIni), INIRead("A", "n", "", sIni)) // expect: é, 2
fDelete(sIni)
