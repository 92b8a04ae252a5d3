// help ?1514076 for methods: a variable of another type passed to a method's typed
// parameter is refused by WINDEV's compiler; wl check reports the error WL116 (the
// receiver's class known) and wl run converts the value (decided), as for procedures
CAcc is Class
END
o is CAcc
n is int = 7
o.Label(n) // wl: ignore[WL116]
// expect: [7], 1
txt is string = "21"
Trace(o.Twice(txt)) // wl: ignore[WL116]
// expect: 42
PROCEDURE CAcc::Label(sText is string)
Trace("[" + sText + "]", Length(sText))
PROCEDURE CAcc::Twice(x is int)
RESULT x * 2
