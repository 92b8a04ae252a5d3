// The parts of a variable declared `<immutable>`: an element, a member, a character, a
// property, a built-in that changes the array or writes its argument, a procedure that
// assigns the parameter it is given (by reference), a literal indirection: each is WL106
// at the variable's name (docs/semantics.md "An immutable variable's parts, arguments
// and indirections"); a variable not so declared takes them all
Price is Structure
  nAmount is int
  arrSteps is array of int
END
arrRates is array of int <immutable> = [5, 10]
stBase is Price <immutable>
sCode is string <immutable> = "abc"
dStart is Date <immutable> = "20260101"
arrFree is array of int = [1]
arrRates[1] = 7 // error: WL106:1 cannot change 'arrRates': it is declared immutable, its value is the one its declaration gives (an element of it assigned)
stBase.nAmount = 5 // error: WL106:1 cannot change 'stBase': it is declared immutable, its value is the one its declaration gives (a member of it assigned)
stBase.arrSteps[1] = 2 // error: WL106:1 cannot change 'stBase': it is declared immutable, its value is the one its declaration gives (an element of it assigned)
sCode[[1]] = "X" // error: WL106:1 cannot change 'sCode': it is declared immutable, its value is the one its declaration gives (a character of it assigned)
dStart..Day = 5 // error: WL106:1 cannot change 'dStart': it is declared immutable, its value is the one its declaration gives (a property of it assigned)
ArrayAdd(arrRates, 3) // error: WL106:10 cannot change 'arrRates': it is declared immutable, its value is the one its declaration gives (ArrayAdd would change its elements)
arrRates.Add(4) // error: WL106:1 cannot change 'arrRates': it is declared immutable, its value is the one its declaration gives (Add would change its elements)
ArraySort(arrRates) // error: WL106:11 cannot change 'arrRates': it is declared immutable, its value is the one its declaration gives (ArraySort would change its elements)
Deserialize(stBase, "x", psdJSON) // error: WL106:13 cannot change 'stBase': it is declared immutable, its value is the one its declaration gives (Deserialize writes the argument it is given)
Bump(arrRates) // error: WL106:6 cannot change 'arrRates': it is declared immutable, its value is the one its declaration gives (passed by reference to Bump, which assigns its parameter 'v')
{"sCode"} = "z" // error: WL106:1 cannot change 'sCode': it is declared immutable, its value is the one its declaration gives (through the indirection {"sCode"})
{"stBase.nAmount"} = 3 // error: WL106:1 cannot change 'stBase': it is declared immutable, its value is the one its declaration gives (through the indirection {"stBase.nAmount"})
arrFree[1] = 2
ArrayAdd(arrFree, 3)
Bump(arrFree)
Trace(arrRates[1], stBase.nAmount, sCode, dStart, arrFree[1])

PROCEDURE Bump(v)
v = 1
