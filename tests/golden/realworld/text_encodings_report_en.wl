// (method b) A report of the encodings of a folder's text files before a migration, read
// from their bytes (fLoadBuffer): UTF-8 mark, UTF-16 LE/BE, UTF-8 without a mark (the
// UTF8ToString / StringToUTF8 round trip gives the same bytes), plain ASCII, ANSI, empty;
// the files written by fSaveText foUTF8 / foUnicode / foAnsi. French twin
// rapport_encodages_fichiers_fr.wl.
sDir is string = fTempPath() + "\wl_enc_" + Random(1, 99999999)
fMakeDir(sDir)
fSaveText(sDir + "\a_utf8_bom.txt", "Chloë", foUTF8)
fSaveText(sDir + "\b_unicode.txt", "Chloë", foUnicode)
fSaveBuffer(sDir + "\c_utf16be.txt", HexaToBuffer("FEFF0043006C"))
fSaveText(sDir + "\d_utf8.txt", StringToUTF8("Chloë"))
fSaveText(sDir + "\e_ascii.txt", "Chloe")
fSaveText(sDir + "\f_ansi.txt", "Chloë", foAnsi)
fSaveBuffer(sDir + "\g_empty.txt", "")
FOR EACH STRING sFile OF fListFile(sDir + "\*.txt") SEPARATED BY CR
	Trace(Complete(fExtractPath(sFile, fFileName + fExtension), 16) + EncodingOf(fLoadBuffer(sFile)))
END
// expect: a_utf8_bom.txt  UTF-8 with BOM
// expect: b_unicode.txt   UTF-16 LE
// expect: c_utf16be.txt   UTF-16 BE
// expect: d_utf8.txt      UTF-8 without BOM
// expect: e_ascii.txt     ASCII
// expect: f_ansi.txt      ANSI
// expect: g_empty.txt     empty
fRemoveDir(sDir, frRecursive)

PROCEDURE EncodingOf(bufContent is Buffer) : string
IF Length(bufContent) = 0 THEN RESULT "empty"
IF Left(bufContent, 3) = HexaToBuffer("EFBBBF") THEN RESULT "UTF-8 with BOM"
IF Left(bufContent, 2) = HexaToBuffer("FFFE") THEN RESULT "UTF-16 LE"
IF Left(bufContent, 2) = HexaToBuffer("FEFF") THEN RESULT "UTF-16 BE"
bASCII is boolean = True
FOR i = 1 _TO_ Length(bufContent)
	IF Asc(bufContent[i]) > 127 THEN
		bASCII = False
		BREAK
	END
END
IF bASCII THEN RESULT "ASCII"
// valid UTF-8 when the round trip gives the same bytes
IF StringToUTF8(UTF8ToString(bufContent)) = bufContent THEN RESULT "UTF-8 without BOM"
RESULT "ANSI"
