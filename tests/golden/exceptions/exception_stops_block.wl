// statements after the failing one in the protected block do not run
n is int
WHEN EXCEPTION IN
	n = 1
	ExceptionThrow(1, "stop")
	n = 2
DO
	n = n + 100
END
Trace(n) // expect: 101
