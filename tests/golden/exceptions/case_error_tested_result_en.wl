// A process with a CASE ERROR: section leaves to the code the errors of a call it tests
// itself (ErrorPropagate ?3034015, "Special case"), also when the call gives its result to
// a variable (`s = fLoadText(f)`, `s is string = fLoadText(f)`) and when the test joins
// other conditions or asks the contrary (`IF ErrorOccurred() _OR_ s = "" THEN`, `IF NOT
// ErrorOccurred THEN`), as PC SOFT's own classes write it, and `IF f() = True THEN`
// (?3034010: "IF NOT xxxx = True or False"). These ran the CASE ERROR: section
// (INFERRED, docs/semantics.md "CASE ERROR: and a call the code tests").
Trace(Assigned())
// expect: tested after an assignment
Trace(Declared())
// expect: tested after a declaration
Trace(JoinedTest())
// expect: tested with _OR_, default
Trace(Negated())
// expect: tested with NOT
Trace(ComparedToTrue())
// expect: tested with = True
Trace(NotTested())
// expect: CASE ERROR
Trace(TestedTooLate())
// expect: CASE ERROR

PROCEDURE Assigned()
sText is string
sText = fLoadText("/nonexistent/wlinterp/a.txt")
IF ErrorOccurred = True THEN RESULT "tested after an assignment" + sText
RESULT "not reached"
CASE ERROR:
RESULT "CASE ERROR"

PROCEDURE Declared()
sText is string = fLoadText("/nonexistent/wlinterp/b.txt")
IF ErrorOccurred THEN RESULT "tested after a declaration" + sText
RESULT "not reached"
CASE ERROR:
RESULT "CASE ERROR"

PROCEDURE JoinedTest()
sText is string
sText = Loaded("/nonexistent/wlinterp/c.txt")
IF ErrorOccurred() _OR_ sText = "" THEN RESULT "tested with _OR_, " + sText
RESULT "not reached"
CASE ERROR:
RESULT "CASE ERROR"

PROCEDURE Negated()
sText is string = fLoadText("/nonexistent/wlinterp/d.txt")
IF NOT ErrorOccurred THEN RESULT "not reached"
RESULT "tested with NOT" + sText
CASE ERROR:
RESULT "CASE ERROR"

PROCEDURE ComparedToTrue()
IF fDelete("/nonexistent/wlinterp/g.txt") = True THEN RESULT "not reached"
RESULT "tested with = True"
CASE ERROR:
RESULT "CASE ERROR"

PROCEDURE NotTested()
sText is string = fLoadText("/nonexistent/wlinterp/e.txt")
RESULT "not reached " + sText
CASE ERROR:
RESULT "CASE ERROR"

PROCEDURE TestedTooLate()
sText is string = fLoadText("/nonexistent/wlinterp/f.txt")
sText += "!"
IF ErrorOccurred THEN RESULT "not reached"
RESULT "not reached"
CASE ERROR:
RESULT "CASE ERROR"

PROCEDURE Loaded(sFile)
sContent is string = fLoadText(sFile)
RESULT sContent
CASE ERROR:
ErrorPropagate()
RESULT "default"
