// RESULT returns a value and leaves the procedure at once
Trace(Sign(-4)) // expect: -1
Trace(Sign(0)) // expect: 0
Trace(Sign(9)) // expect: 1

PROCEDURE Sign(n)
IF n < 0 THEN RESULT -1
IF n = 0 THEN RESULT 0
RESULT 1
