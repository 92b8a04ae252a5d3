// A procedure declared with a result type whose end can be reached without RESULT:
// WL214, a warning (that path returns the type's default value: docs/check.md). No
// warning where every path ends: RESULT, RETURN, ExceptionThrow, ErrorThrow, an endless
// LOOP, IF/ELSE and SWITCH/OTHER CASE whose every branch ends, an empty or abstract body
Trace(Sign(3), Label(1), Spin(), Pick(2), Always(), Stub(), Guarded(1), Thrown(1))
Trace(Sign(-2), Twice(4), Odd(3), Safe(), Stopped(2), Mixed(1))
PROCEDURE Sign(n is int): int // warning: WL214:11 'Sign' is declared to return int but can reach its end without RESULT: it then returns the type's default value
IF n > 0 THEN
	RESULT 1
ELSE IF n < 0 THEN
	RESULT -1
END
PROCEDURE Label(n is int): string
SWITCH n
	CASE 1: RESULT "one"
	OTHER CASE: ExceptionThrow(1, "no label for " + n)
END
PROCEDURE Spin(): int
LOOP
	IF Random(3) > 0 THEN RESULT 3
END
PROCEDURE Pick(n is int): int
WHILE True
	FOR i = 1 TO n
		IF i = 2 THEN BREAK
	END
	RETURN n
END
PROCEDURE Always(): boolean
IF Today() <> "" THEN
	RETURN True
ELSE
	ErrorThrow(1, "no date")
END
PROCEDURE Stub(): int
PROCEDURE Guarded(n is int): int
IF n = 0 THEN RETURN
RESULT 10 / n
PROCEDURE Thrown(n is int): int
RESULT n
CASE EXCEPTION:
	RESULT -1
PROCEDURE Twice(n is int): int // warning: WL214:11 'Twice' is declared to return int but can reach its end without RESULT: it then returns the type's default value
LOOP
	IF n > 100 THEN BREAK
	n = n * 2
	IF n = 64 THEN RESULT n
END
PROCEDURE Odd(n is int): boolean // warning: WL214:11 'Odd' is declared to return boolean but can reach its end without RESULT: it then returns the type's default value
SWITCH n % 2
	CASE 1: RESULT True
	CASE 0: RESULT False
END
PROCEDURE Safe(): int // warning: WL214:11 'Safe' is declared to return int but can reach its end without RESULT (its CASE EXCEPTION section): it then returns the type's default value
RESULT 1
CASE EXCEPTION:
	Error("failed")
PROCEDURE Stopped(n is int): int
FOR i = 1 TO n
	RESULT i
END
ExceptionThrow(2, "empty")
PROCEDURE Mixed(n is int): int // warning: WL214:11 'Mixed' is declared to return int but can reach its end without RESULT: it then returns the type's default value
FOR i = 1 TO n
	RESULT i
END
