// help ?1514076: a variable of another type passed to a typed parameter is refused by
// WINDEV's compiler; wl check reports the error WL116, wl run converts the value (decided)
Index is int = 7
MyProc(Index) // wl: ignore[WL116]
// expect: 7!, 2
Trace(Index) // expect: 7
sCount is string = "21"
Twice(sCount) // wl: ignore[WL116]
// expect: 42

PROCEDURE MyProc(Index is string)
Index += "!"
Trace(Index, Length(Index))
PROCEDURE Twice(n is int)
Trace(n * 2)
