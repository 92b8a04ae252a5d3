// INIWrite writes a new INI file, and one whose bytes are all ASCII, in ANSI
// (Windows-1252), as the Windows profile API WINDEV's INIWrite stands on does: it never
// makes a Unicode INI file. "Société" used to go in as UTF-8 (C3 A9), which Windows and
// WINDEV then read as "SociÃ©tÃ©". A file already in UTF-8 (no mark, accents in UTF-8:
// written on Linux) stays UTF-8; a character ANSI cannot hold is refused in words, not
// written '?' (*decided* 6 Dec 2026, INFERRED: docs/builtins.md "INI files").
// French twin ini_ansi_fr.wl.
sFolder is string = CompleteDir(fTempPath()) + "wl_golden_iniansi_" + Random(1, 999999999)
fMakeDir(sFolder)
// a pure-ASCII file, as a text editor or an installer writes it
sAscii is string = sFolder + "\app.ini"
fSaveText(sAscii, "[Company]" + CR + "Code=ACME" + CR)
Trace(INIWrite("Company", "Name", "Société Générale", sAscii)) // expect: 1
Trace(BufferToHexa(fLoadBuffer(sAscii)[[31 TO 33]])) // expect: 69 E9 74
Trace(INIRead("Company", "Name", "", sAscii)) // expect: Société Générale
Trace(fLoadBuffer(sAscii) = "[Company]" + CR + "Code=ACME" + CR + "Name=" + UnicodeToAnsi("Société Générale") + CR) // expect: 1
// a new file
sNew is string = sFolder + "\new.ini"
INIWrite("Invoice", "Currency", "€", sNew)
bufNew is Buffer = fLoadBuffer(sNew)
Trace(Length(bufNew), BufferToHexa(bufNew[[20 TO 23]])) // expect: 23, 3D 80 0D 0A
Trace(INIRead("Invoice", "Currency", "", sNew)) // expect: €
// a file already in UTF-8 (accents written in UTF-8, no byte-order mark) stays UTF-8
sUtf8 is string = sFolder + "\linux.ini"
fSaveBuffer(sUtf8, StringToUTF8("[Company]" + CR + "City=Liège" + CR))
INIWrite("Company", "Street", "Rue de l'Église", sUtf8)
Trace(UTF8ToString(fLoadBuffer(sUtf8)) = "[Company]" + CR + "City=Liège" + CR + "Street=Rue de l'Église" + CR) // expect: 1
// a character ANSI cannot hold: refused, the file unchanged
Trace(INIWrite("Company", "Motto", "Ωmega", sAscii)) // expect: 0
Trace(ErrorOccurred) // expect: 1
Trace(Contains(ErrorInfo(), "U+03A9")) // expect: 1
Trace(INIRead("Company", "Motto", "none", sAscii)) // expect: none
fDelete(sAscii)
fDelete(sNew)
fDelete(sUtf8)
fRemoveDir(sFolder)
