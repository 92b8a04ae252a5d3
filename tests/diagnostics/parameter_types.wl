// a variable passed to a parameter declared of another type: WINDEV's compiler refuses
// it (help ?1514076); wl check warns and the run converts the value
Index is int = 7
sCode is string = "12"
mPrice is currency = 3.5
bFlag is boolean
v is variant = 3
MyProc(Index) // error: WL116:8 'Index' is an int and the parameter 'sIndex' of MyProc is a string: WINDEV's compiler refuses a variable of another type there
MyProc(sCode)
MyProc(8)
MyProc(Index + 1)
MyProc(v)
Twice(sCode) // error: WL116:7 'sCode' is a string and the parameter 'n' of Twice is an int: WINDEV's compiler refuses a variable of another type there
Twice(mPrice)
Twice(bFlag)
Copy(Index)
Loose(Index)

PROCEDURE MyProc(sIndex is string)
Trace(sIndex)
PROCEDURE Twice(n is int)
Trace(n * 2)
PROCEDURE Copy(LOCAL s is string)
Trace(s)
PROCEDURE Loose(x)
Trace(x)
