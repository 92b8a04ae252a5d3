// Tailing an application log another program writes in ANSI: only what was added since
// the last position kept is read again (fSeek, fRead by blocks, fSeek(n, 0, fpCurrent)
// for the position reached); a line not yet finished waits for the next pass, and a file
// shorter than before (rotated) is read from the start (method b, FS 6 Dec 2026; French
// twin suivi_journal_fr.wl). fAppendText added UTF-8 to this ANSI file: "finished" with
// an accent came back garbled; it now writes in the file's encoding (docs/builtins.md
// "fAppendText's encoding").
CONSTANT
	BLOCK_SIZE = 64
END

gsLogFile is string = fTempPath() + ["\"] + "wl_golden_tail_log_" + Random(1, 999999999) + ".log"
gnLastPosition is int on 8 bytes = 0

fSaveText(gsLogFile, "08:00 démarrage" + CR + "08:01 database connected" + CR, foAnsi)
Show("First pass")
// expect: First pass: 2 line(s)
// expect:   > 08:00 démarrage
// expect:   > 08:01 database connected
fAppendText(gsLogFile, "08:05 imported 120 customers" + CR + "08:06 imp")
Show("Second pass")
// expect: Second pass: 1 line(s)
// expect:   > 08:05 imported 120 customers
fAppendText(gsLogFile, "ort terminé" + CR)
Show("Third pass")
// expect: Third pass: 1 line(s)
// expect:   > 08:06 import terminé
Show("Nothing new")
// expect: Nothing new: 0 line(s)
// rotation: the log starts again
fSaveText(gsLogFile, "09:00 new day" + CR, foAnsi)
Show("After rotation")
// expect: After rotation: 1 line(s)
// expect:   > 09:00 new day
fDelete(gsLogFile)

PROCEDURE ReadNewLines() : array of strings
	arrLines is array of strings
	nFile is int = fOpen(gsLogFile, foRead)
	IF nFile = -1 THEN
		Trace("Cannot open: " + ErrorInfo(errMessage))
		RESULT arrLines
	END
	nSize is int = fSize(gsLogFile)
	IF nSize < gnLastPosition THEN
		// the file was truncated (rotation): start again
		gnLastPosition = 0
	END
	fSeek(nFile, gnLastPosition, fpBeginning)
	sRead is string = ""
	sBlock is string
	LOOP
		sBlock = fRead(nFile, BLOCK_SIZE)
		IF sBlock = "" THEN BREAK
		sRead += sBlock
	END
	gnLastPosition = fSeek(nFile, 0, fpCurrent)
	fClose(nFile)
	// a line not finished yet stays for the next pass
	nLastCR is int = PositionOccurrence(sRead, CR, lastRank)
	IF nLastCR = 0 THEN
		gnLastPosition -= Length(sRead)
		RESULT arrLines
	END
	gnLastPosition -= Length(sRead) - (nLastCR + 1)
	FOR EACH STRING sLine OF Left(sRead, nLastCR - 1) SEPARATED BY CR
		Add(arrLines, sLine)
	END
	RESULT arrLines

PROCEDURE Show(LOCAL sTitle is string)
	arr is array of strings = ReadNewLines()
	Trace(sTitle + ": " + arr..Occurrence + " line(s)")
	FOR EACH s OF arr
		Trace("  > " + s)
	END
