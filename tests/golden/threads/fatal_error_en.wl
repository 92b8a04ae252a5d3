// A fatal error in a thread ends the program as one in the main code does (decided:
// docs/semantics.md "A fatal error in a thread"): the main code, blocked here in a wait
// with no time limit for a signal the failed thread was to send, stops with the thread's
// error, and the other thread, waiting for an event nobody will open, is stopped.
Trace("before")   // expect: before
EventCreate("never", eventManual)
ThreadExecute("Waiter", threadNormal, Waiter)
ThreadExecute("Worker", threadNormal, Worker)
ThreadWaitSignal()
Trace("never reached")

PROCEDURE Worker()
n is int = 0
x is int = 10 / n   // expect error: in thread 'Worker': Division by zero.
ThreadSendSignal(threadMain)

PROCEDURE Waiter()
EventWait("never")
Trace("the waiter never passes")
