// mutexes, semaphores and the older Signal* names of events, created and destroyed by
// name; destroying an unknown name is a non-fatal error; queues in English
Trace(MutexCreate("m"), MutexStart("m", 0), MutexStart("m", 0)) // expect: 1, 1, 1
MutexEnd("m")
MutexEnd("m")
MutexDestroy("m")
Trace(ErrorOccurred) // expect: 0
MutexDestroy("m")
Trace(ErrorOccurred) // expect: 1
Trace(SemaphoreCreate("s", 2), SemaphoreStart("s", 0), SemaphoreStart("s", 0), SemaphoreStart("s", 0)) // expect: 1, 1, 1, 0
SemaphoreEnd("s")
SemaphoreDestroy("s")
Trace(ErrorOccurred) // expect: 0
SemaphoreDestroy("s")
Trace(ErrorOccurred) // expect: 1
Trace(SignalCreate("go"), SignalWait("go", 0)) // expect: 1, 0
SignalModify("go")
Trace(SignalWait("go", 0)) // expect: 1
SignalModify("go", eventOpen)
SignalClose("go")
Trace(SignalWait("go", 0)) // expect: 0
SignalDestroy("go")
Trace(ErrorOccurred) // expect: 0
q is Queue of int
Enqueue(q, 10)
Enqueue(q, 20)
x is int
Trace(Dequeue(q, x), x, q.Count) // expect: 1, 10, 1
// ExecuteMainThreadAsynchronous runs the procedure (at once, decided) and gives nothing back
ExecuteMainThreadAsynchronous(Show, "from the main thread") // expect: from the main thread

PROCEDURE Show(s is string)
Trace(s)
