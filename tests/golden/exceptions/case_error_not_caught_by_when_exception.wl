// a non-fatal error goes to the caller's CASE ERROR:, not to a WHEN EXCEPTION on the way
P()
Trace("end")
// expect: P handles it: 1
// expect: end
PROCEDURE P()
Q()
Trace("not reached")
CASE ERROR:
Trace("P handles it: " + ErrorOccurred)
PROCEDURE Q()
WHEN EXCEPTION IN
    EmailStartSMTPSession("u", "", "")
DO
    Trace("wrongly caught as an exception")
END
