// A batch job splitting its work between threads, as server-side code does: each
// worker sums its slice of the orders, a critical section protects the shared totals,
// the main code waits for every worker, then reports; a thread's parameters by value.
garrAmounts is array of currency
FOR i = 1 TO 40
	ArrayAdd(garrAmounts, i * 2.5)
END
gmoTotal is currency
gnDone is int
gaaByWorker is associative array of currency

FOR nWorker = 1 TO 4
	ThreadExecute("W" + nWorker, threadNormal, Worker, nWorker, 10)
END
FOR nWorker = 1 TO 4
	ThreadWait("W" + nWorker)
END
Trace(gnDone + " workers, total " + gmoTotal)
// expect: 4 workers, total 2050
FOR nWorker = 1 TO 4
	Trace("W" + nWorker + ": " + gaaByWorker["W" + nWorker])
END
// expect: W1: 137.5
// expect: W2: 387.5
// expect: W3: 637.5
// expect: W4: 887.5
Trace(ThreadState("W1") = threadEnded)
// expect: 1

PROCEDURE Worker(LOCAL nPart is int, LOCAL nSize is int)
	moSum is currency
	FOR i = (nPart - 1) * nSize + 1 TO nPart * nSize
		moSum += garrAmounts[i]
	END
	CriticalSectionStart("totals")
	gmoTotal += moSum
	gnDone++
	gaaByWorker["W" + nPart] = moSum
	CriticalSectionEnd("totals")
