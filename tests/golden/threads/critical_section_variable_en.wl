// CriticalSection(variable): the critical section of a variable (INFERRED,
// docs/builtins.md): two threads adding to a total inside it lose no update.
gTotal is int
gList is array of int
t1 is Thread(Adder, (1))
t2 is Thread(Adder, (2))
ThreadExecute(t1)
ThreadExecute(t2)
Trace(ThreadWait(t1, 2000), ThreadWait(t2, 2000))   // expect: 1, 1
Trace(gTotal, ArrayCount(gList))   // expect: 400, 400
other is array of int
Trace(CriticalSection(gList) = CriticalSection(gList), CriticalSection(gList) = CriticalSection(other))   // expect: 1, 0

PROCEDURE Adder(n)
FOR i = 1 TO 200
	USING CriticalSection(gList) IN
		before is int = gTotal
		ThreadPause(0)
		gTotal = before + 1
		ArrayAdd(gList, n)
	END
END
