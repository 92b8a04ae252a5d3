// RESULT without a value in a procedure that gives a value elsewhere, or is declared
// with a result type: WL217, a warning (that path gives the caller Null, or the type's
// default value: docs/check.md). No warning for RETURN alone (the way to leave without a
// value), nor for RESULT alone in a procedure that never gives one, nor where the
// procedure's result is set by `MyResult = v` (the bare RESULT gives it back)
Trace(Half(4), Parse("7"), Ratio(1, 2), Leave(2), Kept(3), CAccount::Rate(1))
Quit(1)
PROCEDURE Half(n is int)
IF n = 0 THEN
	RESULT // warning: WL217:2 RESULT without a value in 'Half', which gives a value elsewhere: this path gives the caller Null
END
RESULT n / 2
PROCEDURE Parse(s is string) : int
IF s = "" THEN result // warning: WL217:16 result without a value in 'Parse', which is declared to return int: this path gives the caller the type's default value
RESULT Val(s)
PROCEDURE Ratio(a is int, b is int)
SWITCH b
	CASE 0 : RESULT // warning: WL217:11 RESULT without a value in 'Ratio', which gives a value elsewhere: this path gives the caller Null
	OTHER CASE : RETURN a / b
END
PROCEDURE Leave(n is int)
IF n = 0 THEN RETURN
RESULT 10 / n
PROCEDURE Quit(n is int)
IF n > 0 THEN RESULT
Trace(n)
PROCEDURE Kept(n is int)
MyResult = n
IF n > 2 THEN RESULT
MyResult = 0
CAccount is Class
	m_n is int
END
PROCEDURE GLOBAL CAccount::Rate(n is int) : real
IF n < 0 THEN
	RESULT // warning: WL217:2 RESULT without a value in 'CAccount::Rate', which is declared to return real: this path gives the caller the type's default value
END
RESULT n / 100
