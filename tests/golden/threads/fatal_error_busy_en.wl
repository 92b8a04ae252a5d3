// The main code need not wait for the thread: busy in a loop, it stops at its next
// statement with the thread's error (decided: docs/semantics.md).
ThreadExecute("Worker", threadNormal, Worker)
n is int
LOOP
    n++
END

PROCEDURE Worker()
ThreadPause(2)
ExceptionThrow(7, "the worker gave up")   // expect error: in thread 'Worker': the worker gave up
