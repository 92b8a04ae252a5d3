// LOCAL written before one declaration on its line (in a procedure, the main code and a
// parameter list), with a type of two words and a multi-line string
sQuery is string = Query("Dupont")
Trace(sQuery) // expect: SELECT name FROM Customer WHERE name = 'Dupont'
LOCAL nTotal is int = Sum(2, 3)
Trace(nTotal) // expect: 5
local a, b are int
Trace(a + b) // expect: 0

PROCEDURE Query(LOCAL sName is string)
LOCAL sSQL is ANSI string = [
SELECT name FROM Customer WHERE name = '%1'
]
RESULT StringBuild(sSQL, sName)

PROCEDURE Sum(x is int, y is int)
Local n is int = x
n += y
RESULT n
