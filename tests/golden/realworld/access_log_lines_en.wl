// An access log read line by line with fReadLineRegularExpression and variables for its
// pieces (date, time, verb, URL, code, size), as MatchRegularExpression takes them: that
// form was refused ("expects 2 to 3 parameter(s) but received 8"). A line that does not
// match empties the variables; so does the end of the file, which returns False
// (INFERRED: the page is not stored, docs/builtins.md). French twin:
// analyse_journal_acces_fr.wl.
sFile is string = fTempPath() + "\wl_golden_access_" + Random(1, 99999999) + ".log"
fSaveText(sFile, "2026-12-05 10:15:02 GET /invoices 200 1520" + CR + "2026-12-05 10:15:09 POST /login 401 87" + CR + "corrupted line" + CR + "2026-12-05 10:16:00 GET /customers 500 12")
nFile is int = fOpen(sFile, foRead)
sDate, sTime, sVerb, sURL, sCode, sSize are strings
nErrors, nBytes are int
FOR i = 1 TO 5
	IF NOT fReadLineRegularExpression(nFile, "([0-9-]+) ([0-9:]+) ([A-Z]+) (\S+) ([0-9]+) ([0-9]+)", sDate, sTime, sVerb, sURL, sCode, sSize) THEN
		Trace("line " + i + " skipped [" + sURL + "]")
		CONTINUE
	END
	IF Val(sCode) >= 400 THEN nErrors++
	nBytes += Val(sSize)
	Trace(sDate + " " + sTime + " " + sVerb + " " + sURL + " -> " + sCode)
END
fClose(nFile)
Trace(nErrors + " error(s), " + nBytes + " bytes")
fDelete(sFile)


// what it prints
// expect: 2026-12-05 10:15:02 GET /invoices -> 200
// expect: 2026-12-05 10:15:09 POST /login -> 401
// expect: line 3 skipped []
// expect: 2026-12-05 10:16:00 GET /customers -> 500
// expect: line 5 skipped []
// expect: 2 error(s), 1619 bytes
