// ThreadExecute runs a procedure in parallel; ThreadWait waits for its end.
gTotal is int = 0
FOR i = 1 TO 5
    ThreadExecute("W" + i, threadNormal, Worker, i)
END
FOR i = 1 TO 5
    ThreadWait("W" + i)
END
Trace(gTotal)   // expect: 15
Trace(ThreadState("W1") = threadEnded)   // expect: 1
Trace(ThreadState("nobody") = threadNonExistent)   // expect: 1
ThreadExecute("late", threadNormal, "Late")
// expect: late thread done
Trace(ThreadWait("late", 500))   // expect: 1
Trace(ThreadCurrent() = "")   // expect: 1
// the same name twice while it runs: a non-fatal error
ThreadExecute("slow", threadNormal, Slow)
ThreadExecute("slow", threadNormal, Slow)
Trace(ErrorOccurred)   // expect: 1
Trace(ThreadState("slow") = threadRunning)   // expect: 1
ThreadRequestStop("slow")
Trace(ThreadWait("slow", 500))   // expect: 1
Trace(ExecuteMainThread(Twice, 21))   // expect: 42

PROCEDURE Worker(n is int)
SemaphoreStart("counter")
gTotal += n
SemaphoreEnd("counter")

PROCEDURE Late()
ThreadPause(2)
Trace("late thread done")

PROCEDURE Slow()
WHILE NOT ThreadStopRequested()
    ThreadPause(1)
END

PROCEDURE Twice(n)
RESULT n * 2
