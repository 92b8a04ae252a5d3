// An ANSI INI file holding one of the five bytes Windows-1252 leaves undefined (0x81,
// 0x8D, 0x8F, 0x90, 0x9D) takes later writes and keeps those bytes, as Windows' profile
// API does (it reads them as U+0081... and writes them back): every INIWrite to such a
// file, deletes included, gave 0 and "the character U+FFFD cannot be written in this
// ANSI INI file" (docs/builtins.md "INI files", INFERRED). French twin
// ini_octets_ansi_indefinis_fr.wl.
sFolder is string = CompleteDir(fTempPath()) + "wl_golden_iniundef_" + Random(1, 999999999)
fMakeDir(sFolder)
sFile is string = sFolder + "\old.ini"
fSaveBuffer(sFile, "[S]" + CR + "old=a" + HexaToBuffer("81") + "b" + CR + "mid=c" + HexaToBuffer("8D 8F 90 9D") + "é" + CR)
Trace(INIWrite("S", "k", "v", sFile)) // expect: 1
Trace(ErrorOccurred) // expect: 0
Trace(INIRead("S", "k", "", sFile)) // expect: v
Trace(BufferToHexa(fLoadBuffer(sFile)[[10 TO 12]])) // expect: 61 81 62
Trace(BufferToHexa(fLoadBuffer(sFile)[[20 TO 25]])) // expect: 8D 8F 90 9D E9 0D
Trace(Length(INIRead("S", "old", "", sFile))) // expect: 3
Trace(Asc(Middle(INIRead("S", "old", "", sFile), 2, 1))) // expect: 129
// a delete writes the file too
Trace(INIWrite("S", "k", Null, sFile)) // expect: 1
Trace(INIRead("S", "k", "none", sFile)) // expect: none
Trace(fLoadBuffer(sFile) = "[S]" + CR + "old=a" + HexaToBuffer("81") + "b" + CR + "mid=c" + HexaToBuffer("8D 8F 90 9D") + "é" + CR) // expect: 1
// a character ANSI cannot hold is still refused, and named
Trace(INIWrite("S", "g", "Ωmega", sFile)) // expect: 0
Trace(Contains(ErrorInfo(), "U+03A9")) // expect: 1
fDelete(sFile)
fRemoveDir(sFolder)
