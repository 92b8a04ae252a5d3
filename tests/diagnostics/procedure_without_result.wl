// a procedure with no RESULT used as a value: WINDEV's compiler refuses it; wl check
// reports WL117 and wl run stops at the call (docs/semantics.md, "A procedure without
// RESULT used as a value")
x is int = Log("a") // error: WL117:12 'Log' gives no result (it has no RESULT): its call cannot be used as a value
Log("b")
Trace(Log("c")) // error: WL117:7 'Log' gives no result (it has no RESULT): its call cannot be used as a value
IF Log("d") THEN Trace("never") // error: WL117:4 'Log' gives no result (it has no RESULT): its call cannot be used as a value
x = Twice(2) + Flag() + Typed()
x = Pending()
s is string = Inner()
Trace(x, s)

PROCEDURE Log(sText)
Trace(sText)
PROCEDURE Twice(n)
IF n > 0 THEN
	RESULT n * 2
END
RESULT 0
PROCEDURE Flag()
Trace("flag")
RETURN True
PROCEDURE Typed() : int // warning: WL214:11 'Typed' is declared to return int but can reach its end without RESULT: it then returns the type's default value
Trace("typed")
PROCEDURE Pending()
MyResult = 3
PROCEDURE Inner()
r is string = Helper() // error: WL117:15 'Helper' gives no result (it has no RESULT): its call cannot be used as a value
RESULT r
	INTERNAL PROCEDURE Helper()
		Trace("helper")
	END
