// ErrorChangeParameter(epResultError, v) (French epRenvoyerErreur, ?3034009: "returns the
// value and propagates the error"; English name INFERRED): the process ends returning v
// and the caller finds the error recorded (after epResult it finds none: errors validated).
Trace(Parse("abc")) // expect: -1
Trace(ErrorOccurred) // expect: 1
Trace(ErrorInfo(errCode)) // expect: 7
Trace(ParseQuiet("abc")) // expect: -1
Trace(ErrorOccurred) // expect: 0

PROCEDURE Parse(s is string)
ErrorChangeParameter(epResultError, -1)
IF NOT IsNumeric(s) THEN ErrorThrow(7, "not a number: " + s)
RESULT Val(s)

PROCEDURE ParseQuiet(s is string)
ErrorChangeParameter(epResult, -1)
IF NOT IsNumeric(s) THEN ErrorThrow(7, "not a number: " + s)
RESULT Val(s)
