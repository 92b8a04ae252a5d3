// Help page ErrorPropagate ?3034015, its "Special case": the automatic handling of
// non-fatal errors (a CASE ERROR: section, or ErrorChangeParameter's behaviour) is not
// triggered by a call the code tests, written `IF NOT <function or procedure> THEN` or
// followed by `IF ErrorOccurred = True THEN` (both ran the CASE ERROR: section). The
// page's OpenFile procedure is its use example. Files of ours that do not exist.
Trace(TestedByIfNot())
// expect: tested by IF NOT
// expect: end of TestedByIfNot
Trace(TestedByErrorOccurred())
// expect: tested by ErrorOccurred
// expect: end of TestedByErrorOccurred
Trace(NotTested())
// expect: CASE ERROR
Trace(WithErrorChangeParameter())
// expect: OpenFile's error tested
// expect: epResult

PROCEDURE TestedByIfNot()
IF NOT fDelete("/nonexistent/wlinterp/a.txt") THEN Trace("tested by IF NOT")
RESULT "end of TestedByIfNot"
CASE ERROR:
RESULT "CASE ERROR"

PROCEDURE TestedByErrorOccurred()
fDelete("/nonexistent/wlinterp/b.txt")
IF ErrorOccurred = True THEN Trace("tested by ErrorOccurred")
RESULT "end of TestedByErrorOccurred"
CASE ERROR:
RESULT "CASE ERROR"

PROCEDURE NotTested()
fDelete("/nonexistent/wlinterp/c.txt")
RESULT "not reached"
CASE ERROR:
RESULT "CASE ERROR"

PROCEDURE WithErrorChangeParameter()
ErrorChangeParameter(epResult, "epResult")
OpenFile("/nonexistent/wlinterp/d.txt")
IF ErrorOccurred = True THEN Trace("OpenFile's error tested")
fDelete("/nonexistent/wlinterp/e.txt")
RESULT "not reached"

PROCEDURE OpenFile(LOCAL sFileName is string)
fOpen(sFileName)
IF ErrorOccurred = True THEN
	ErrorPropagate()
	RETURN // or RESULT
END
