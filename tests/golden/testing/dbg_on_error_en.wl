// dbgOnError (named on dbgCheckFalse's page ?1000019781: a procedure started to retrieve
// the comment linked to the error), dbgError and dbgStandardOutput (INFERRED).
dbgOnError(Heard)
// expect: heard: the array is empty
dbgCheckFalse(True, "the array is %1", "empty")
// expect: heard: dbgCheckEqual failed: expected 3, got 2
dbgCheckEqual(1 + 1, 3)
// expect: heard: explicit 7
dbgError("explicit %1", 7)
dbgOnError("")
dbgCheckTrue(False)
dbgStandardOutput("on stdout")   // expect: on stdout

PROCEDURE Heard(comment)
Trace("heard: " + comment)
