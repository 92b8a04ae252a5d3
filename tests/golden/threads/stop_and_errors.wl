// ThreadStop ends a thread that never looks at ThreadStopRequested (an error in a thread
// ends the program: fatal_error_en.wl, erreur_fatale_fr.wl).
ThreadExecute("forever", threadNormal, Forever)
Trace(ThreadState("forever") = threadRunning)   // expect: 1
ThreadStop("forever", 10)
Trace(ThreadState("forever") = threadStopped)   // expect: 1
Trace(SemaphoreCreate("two", 2))   // expect: 1
Trace(SemaphoreStart("two", 0) AND SemaphoreStart("two", 0))   // expect: 1
Trace(SemaphoreStart("two", 1))   // expect: 0
SemaphoreEnd("two")
SemaphoreEnd("two")
SemaphoreEnd("two")
Trace(ErrorOccurred)   // expect: 1

PROCEDURE Forever()
n is int
LOOP
    n++
END
