// with TO the end bound is re-read on every pass; with _TO_ it is read once
n is int = 3
FOR i = 1 TO n
	IF i = 1 THEN n = 5
	Trace("TO " + i)
END
// expect: TO 1
// expect: TO 2
// expect: TO 3
// expect: TO 4
// expect: TO 5
m is int = 3
FOR i = 1 _TO_ m
	IF i = 1 THEN m = 5
	Trace("_TO_ " + i)
END
// expect: _TO_ 1
// expect: _TO_ 2
// expect: _TO_ 3
