// ErrorThrow raises a non-fatal error: recorded (ErrorOccurred, ErrorInfo), handled by the
// procedure's CASE ERROR: section, as in PC SOFT's own example classes.
Trace(DefaultRank(0)) // expect: 0
Trace(ErrorOccurred, ErrorInfo(errCode), ErrorInfo(errMessage)) // expect: 1, 2, No default variation for this product
Trace(DefaultRank(3)) // expect: 3
ErrorThrow(5)
Trace(ErrorOccurred, ErrorInfo(errMessage)) // expect: 1, Error 5 thrown by ErrorThrow.
t is array of int = [4, 7, 9]
Trace(Seek(t, asLinear, 7), Seek(t, asLinear, 8)) // expect: 2, -1

PROCEDURE DefaultRank(n is int)
IF n > 0 THEN RESULT n
ErrorThrow(2, "No default variation for this product")
Trace("after ErrorThrow: not reached")
RESULT -1
CASE ERROR:
ErrorPropagate()
RESULT 0
