// ErrorChangeParameter(epResultError, v) (French epRenvoyerErreur, ?3034009: "returns the
// value and propagates the error"; English name INFERRED): the process ends returning v
// and the caller finds the error recorded, as with epResult in wlinterp.
Trace(Parse("abc")) // expect: -1
Trace(ErrorOccurred) // expect: 1
Trace(ErrorInfo(errCode)) // expect: 7

PROCEDURE Parse(s is string)
ErrorChangeParameter(epResultError, -1)
IF NOT IsNumeric(s) THEN ErrorThrow(7, "not a number: " + s)
RESULT Val(s)
