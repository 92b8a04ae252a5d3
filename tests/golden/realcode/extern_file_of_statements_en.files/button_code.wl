// statements a button's code includes with EXTERN, as a point-of-sale project does
sControl is string = "BTN_1"
nCount is int = 3
Trace("included " + sControl)

PROCEDURE Twice(n is int)
RESULT n * 2
