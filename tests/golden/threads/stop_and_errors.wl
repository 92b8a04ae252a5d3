// ThreadStop ends a thread that never looks at ThreadStopRequested; an error in a
// thread ends that thread only and is reported on stderr with its name.
ThreadExecute("forever", threadNormal, Forever)
Trace(ThreadState("forever") = threadRunning)   // expect: 1
ThreadStop("forever", 10)
Trace(ThreadState("forever") = threadStopped)   // expect: 1
ThreadExecute("bad", threadNormal, Broken)
Trace(ThreadWait("bad", 500))   // expect: 1
// expect stderr: stop_and_errors.wl:20:1: error: in thread 'bad': Division by zero.
Trace("main goes on")   // expect: main goes on
Trace(SemaphoreCreate("two", 2))   // expect: 1
Trace(SemaphoreStart("two", 0) AND SemaphoreStart("two", 0))   // expect: 1
Trace(SemaphoreStart("two", 1))   // expect: 0
SemaphoreEnd("two")
SemaphoreEnd("two")
SemaphoreEnd("two")
Trace(ErrorOccurred)   // expect: 1

PROCEDURE Broken()
x is int = 1 / 0

PROCEDURE Forever()
n is int
LOOP
    n++
END
