// An immutable variable's element or member passed to a procedure that assigns its
// parameter is WL106 (it is handed over by reference); a character, a range or a
// property of it is a computed value, passed as a copy: no diagnostic
Price is Structure
  nAmount is int
END
arrRates is array of int <immutable> = [5, 10]
stBase is Price <immutable>
sCode is string <immutable> = "abc"
dStart is Date <immutable> = "20260101"
Bump(arrRates[1]) // error: WL106:6 cannot change 'arrRates': it is declared immutable, its value is the one its declaration gives (passed by reference to Bump, which assigns its parameter 'v')
Bump(stBase.nAmount) // error: WL106:6 cannot change 'stBase': it is declared immutable, its value is the one its declaration gives (passed by reference to Bump, which assigns its parameter 'v')
Bump(sCode[[1]])
Bump(sCode[[2 TO 3]])
Bump(dStart..Day)
Trace(arrRates[1], stBase.nAmount, sCode, dStart)

PROCEDURE Bump(v)
v = 1
