// Access-log analysis: fOpen / fReadLine loop, ExtractString, associative counters,
// SWITCH on strings, percentages, a report written with fWriteLine then read back.
sLog is string = fTempPath() + ["/"] + "access_sample.log"
sSample is string = [
2026-12-01 08:01:12 GET /index.html 200 5120
2026-12-01 08:01:13 GET /style.css 200 830
2026-12-01 08:02:40 POST /login 302 0
2026-12-01 08:02:41 GET /account 200 2210
2026-12-01 09:15:00 GET /missing.png 404 0
2026-12-01 09:15:05 GET /index.html 200 5120
2026-12-01 10:00:00 GET /api/orders 500 120
]
fSaveText(sLog, sSample)

nFile is int = fOpen(sLog, foRead)
IF nFile = -1 THEN
	Error(ErrorInfo(errMessage))
	RETURN
END
aaHits is associative array of int
aaBytesByStatus is associative array (ccIgnoreCase) of int
nLines, nErrors, nTotalBytes are int
sLine is string = fReadLine(nFile)
WHILE sLine <> EOT
	IF sLine <> "" THEN
		nLines++
		sPath is string = ExtractString(sLine, 4, " ")
		sStatus is string = ExtractString(sLine, 5, " ")
		nBytes is int = Val(ExtractString(sLine, 6, " "))
		aaHits[sPath]++
		nTotalBytes += nBytes
		SWITCH Left(sStatus, 1)
			CASE "4", "5"
				nErrors++
			CASE "3"
				aaBytesByStatus["redirect"] += nBytes
			OTHER CASE
				aaBytesByStatus["ok"] += nBytes
		END
	END
	sLine = fReadLine(nFile)
END
fClose(nFile)

Trace(StringBuild("%1 requests, %2 errors (%3 %%)", nLines, nErrors, NumToString(nErrors * 100 / nLines, ".1f"))) // expect: 7 requests, 2 errors (28.6 %)
Trace("Bytes: " + nTotalBytes + ", ok " + aaBytesByStatus["OK"]) // expect: Bytes: 13400, ok 13280
arrPaths is array of strings
FOR EACH nCount, sPath OF aaHits
	arrPaths.Add(Complete(sPath, 16, ".") + " " + nCount)
END
ArraySort(arrPaths, asAscending)
FOR EACH s OF arrPaths
	Trace(s)
END
// expect: /account........ 1
// expect: /api/orders..... 1
// expect: /index.html..... 2
// expect: /login.......... 1
// expect: /missing.png.... 1
// expect: /style.css...... 1

sReport is string = fTempPath() + ["/"] + "access_report.txt"
nOut is int = fCreate(sReport)
fWriteLine(nOut, "lines=" + nLines)
fWriteLine(nOut, "errors=" + nErrors)
fClose(nOut)
Trace("[" + Replace(fLoadText(sReport), CR, " | ") + "]") // expect: [lines=7 | errors=2 | ]
fDelete(sReport)
fDelete(sLog)
Trace(fFileExist(sLog)) // expect: 0
