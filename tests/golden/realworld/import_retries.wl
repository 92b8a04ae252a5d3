// Import with retries: CASE EXCEPTION / CASE ERROR labels, ExceptionPropagate,
// ErrorOccurred after a failing built-in, ExceptionThrow codes picked by SWITCH
gnAttempts is int
garrLog is array of strings

FOR EACH sSource OF ["good.csv", "flaky.csv", "missing.csv", "bad.csv"]
	WHEN EXCEPTION IN
		n is int = ImportWithRetry(sSource, 3)
		garrLog.Add(sSource + ": " + n + " rows")
	DO
		SWITCH ExceptionInfo(errCode)
			CASE 404 : garrLog.Add(sSource + ": not found")
			CASE 422 : garrLog.Add(sSource + ": rejected (" + ExceptionInfo(errMessage) + ")")
			OTHER CASE : garrLog.Add(sSource + ": unexpected " + ExceptionInfo(errCode))
		END
	END
END
FOR EACH s OF garrLog
	Trace(s)
END
// expect: good.csv: 120 rows
// expect: flaky.csv: 42 rows
// expect: missing.csv: not found
// expect: bad.csv: rejected (column 3 is not a date)
Trace("attempts: " + gnAttempts) // expect: attempts: 6
Trace(SafeRatio(10, 0)) // expect: n/a (1002)
Trace(SafeRatio(10, 4)) // expect: 2.5
Trace(ReadConfig("/nonexistent/dir/app.ini")) // expect: default config

PROCEDURE ImportWithRetry(sName is string, nMax is int) : int
nTry is int
LOOP
	nTry++
	gnAttempts++
	WHEN EXCEPTION IN
		RESULT ParseSource(sName, nTry)
	DO
		IF ExceptionInfo(errCode) <> 503 OR nTry >= nMax THEN
			ExceptionPropagate()
		END
	END
END

PROCEDURE ParseSource(sName is string, nTry is int) : int
SWITCH sName
	CASE "good.csv" : RESULT 120
	CASE "flaky.csv"
		IF nTry < 3 THEN ExceptionThrow(503, "busy")
		RESULT 42
	CASE "missing.csv" : ExceptionThrow(404, "no such source")
	OTHER CASE : ExceptionThrow(422, "column 3 is not a date")
END
RESULT 0

PROCEDURE SafeRatio(a, b)
RESULT a / b
CASE EXCEPTION:
	RESULT "n/a (" + ExceptionInfo(errCode) + ")"

PROCEDURE ReadConfig(sPath is string)
s is string = fLoadText(sPath)
IF ErrorOccurred THEN RESULT "default config"
RESULT s
