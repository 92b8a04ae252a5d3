// nested IF blocks each close with their own END
a is int = 1
b is int = 2
IF a = 1 THEN
	IF b = 2 THEN
		Trace("both") // expect: both
	ELSE
		Trace("only a")
	END
	Trace("a done") // expect: a done
END
