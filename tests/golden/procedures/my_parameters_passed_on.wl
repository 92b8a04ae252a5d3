// A range of MyParameters given to a call is that many arguments (decided: real code
// passes its own parameters on, `ExecuteProcess(name, trtProcedure, MyParameters[2 TO])`);
// elsewhere it is an array of them
Trace(Relay("Sum", 1, 2, 3))   // expect: 6
Trace(Relay("Pair", 4, 5))   // expect: 4/5
Trace(Middle(1, 2, 3, 4))   // expect: 5
Trace(Compile("Diff", "PROCEDURE D(a, b)" + CR + "RESULT a - b"))   // expect:
Trace(Relay("Diff", 10, 3))   // expect: 7
Trace(Firsts(7, 8, 9))   // expect: 2, 7+8
Trace(Method(5, 6))   // expect: 11
Trace(Relay("Pair", 1, 2, 3))
// expect error: ExecuteProcess: Pair expects 2 parameter(s) but received 3.

Calc is Class
END

PROCEDURE Calc::Add(a is int, b is int)
RESULT a + b

PROCEDURE Method(*)
c is Calc
RESULT c.Add(MyParameters[1 TO 2])

PROCEDURE Relay(sName, *)
RESULT ExecuteProcess(sName, trtProcedure, MyParameters[2 TO])

PROCEDURE Sum(*)
n is int
FOR i = 1 _TO_ MyParameters..Count
    n += MyParameters[i]
END
RESULT n

PROCEDURE Pair(a, b)
RESULT a + "/" + b

PROCEDURE Middle(*)
RESULT Sum(MyParameters[2 TO 3])

PROCEDURE Firsts(*)
t is array of int = MyParameters[1 TO 2]
RESULT ArrayCount(t) + ", " + Pair2(MyParameters[TO 2])

PROCEDURE Pair2(a, b = 0)
RESULT a + "+" + b
