// A FOR loop's STEP is a number, read once before the first pass: text holding a number
// is that number ("2" stepped by "12", once, and "ab" never ended); an array, Null or
// other text stops the run at the loop (an array ran no pass without a word).
// (docs/semantics.md, "A FOR loop's STEP")
s is string = "2"
FOR i = 1 TO 5 STEP s
	Trace(i)
END
// expect: 1
// expect: 3
// expect: 5
v is variant = "-2"
FOR i = 4 TO 1 STEP v
	Trace(i)
END
// expect: 4
// expect: 2
t is array of int = [1, 2]
WHEN EXCEPTION IN
	FOR i = 1 TO 10 STEP t // wl: ignore[WL110] (what wl check says first: the run is caught here)
		Trace(i)
	END
DO
	Trace(ExceptionInfo()) // expect: A FOR loop's STEP must be a number, not a value of type array.
END
nothing is variant = Null
WHEN EXCEPTION IN
	FOR i = 1 TO 10 STEP nothing
		Trace(i)
	END
DO
	Trace(ExceptionInfo()) // expect: A FOR loop's STEP must be a number, not Null.
END
word is string = "ab"
FOR i = 1 TO 10 STEP word // expect error: A FOR loop's STEP must be a number, not the text "ab".
	Trace(i)
END
