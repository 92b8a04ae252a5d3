// Help 3077009/3077021/3077022: two threads tell the main code they are ready
// (ThreadSendSignal(threadMain) / ThreadWaitSignal), then wait for a manual event that
// the main code opens for both at once. Every wait that must succeed has no time limit,
// and no result depends on how fast a thread starts (a 50 ms pause raced the main code
// under load): a run with threads always ends (fatal_error_en.wl).
gPassed is int
gLate is boolean
gSlept is boolean = True
EventCreate("Let's go", eventManual, eventClose)
Trace(ErrorOccurred)   // expect: 0
ThreadExecute("Thread1", threadNormal, Thread_First)
Trace(ThreadWaitSignal())   // expect: 1
ThreadExecute("Thread2", threadNormal, Thread_Second)
Trace(ThreadWaitSignal(Infinite))   // expect: 1
Trace(gPassed)   // expect: 0
EventChange("Let's go", eventOpen)
Trace(ThreadWait("Thread1") AND ThreadWait("Thread2"))   // expect: 1
Trace(gPassed)   // expect: 2
// a manual event stays open: a third wait passes at once
Trace(EventWait("Let's go", 0))   // expect: 1
// an automatic event lets one waiter through, then closes again
EventCreate("once")
EventChange("once")
Trace(EventWait("once", 0))   // expect: 1
Trace(EventWait("once", 0))   // expect: 0
Trace(EventWait("once", 5))   // expect: 0
// creating a name twice, destroying an unknown one: non-fatal errors
Trace(EventCreate("once"))   // expect: 0
Trace(ErrorOccurred)   // expect: 1
EventDestroy("once")
EventDestroy("once")
Trace(ErrorOccurred)   // expect: 1
// no signal came: ThreadWaitSignal gives False when the time runs out
Trace(ThreadWaitSignal(5))   // expect: 0
// a signal sent before the thread waits is kept for it (the thread waits with no time
// limit for the main code to have sent it, then looks without waiting)
EventCreate("sent", eventManual)
ThreadExecute("Late", threadNormal, Late)
ThreadSendSignal("Late")
EventChange("sent", eventOpen)
Trace(ThreadWait("Late"))   // expect: 1
Trace(gLate)   // expect: 1
// ThreadRequestStop ends a ThreadWaitSignal at once
ThreadExecute("Sleeper", threadNormal, Sleeper)
ThreadRequestStop("Sleeper")
Trace(ThreadWait("Sleeper"))   // expect: 1
Trace(gSlept)   // expect: 0
Trace(ThreadSendSignal("nobody"))   // expect: 0
Trace(ErrorOccurred)   // expect: 1

PROCEDURE Thread_First()
ThreadSendSignal(threadMain)
IF EventWait("Let's go") THEN Passed()

PROCEDURE Thread_Second()
ThreadSendSignal(threadMain)
IF EventWait("Let's go") THEN Passed()

PROCEDURE Late()
EventWait("sent")
gLate = ThreadWaitSignal(0)

PROCEDURE Sleeper()
gSlept = ThreadWaitSignal()

PROCEDURE Passed()
CriticalSectionStart()
gPassed++
CriticalSectionEnd()
