// RETURN = v / MyResult = v in a procedure: the result, given back when it ends
// (a bare RETURN gives it too); a variable declared with that name stays a variable
Trace(Init(True), Init(False), Mine(3), Mine(1)) // expect: 1, 0, 30, 1
Trace(Declared()) // expect: 0
PROCEDURE Init(b is boolean)
RETURN = False
IF NOT b THEN RETURN
RETURN = True
PROCEDURE Mine(n)
MyResult = n
IF n > 2 THEN MyResult = MyResult * 10
PROCEDURE Declared()
Return is int = 5
Return -= 5
RESULT Return
