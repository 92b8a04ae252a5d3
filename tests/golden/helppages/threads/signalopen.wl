// Help page SignalOpen (?1000021271), English twin written from the French page (see
// signalouvre.wl: the signal is opened twice and each thread counts its passage, as the
// order in which the two threads pass is not fixed).
gnReceived is int
// Create a signal
GoAhead is AutomaticSignal
// Run a first thread
ThreadExecute("Thread1", threadNormal, "Thread_First")
// Block the current thread until the signal comes
ThreadWaitSignal()
// expect: Thread_First - ThreadSendSignal(threadMain)
// Run a second thread
ThreadExecute("Thread2", threadNormal, "Thread_Second")
ThreadWaitSignal()
// expect: Thread_Second - ThreadSendSignal(threadMain)
// Open the signal to run the threads
SignalOpen(GoAhead)
SignalOpen(GoAhead)
ThreadWait("Thread1")
ThreadWait("Thread2")
Trace(gnReceived) // expect: 2

PROCEDURE Thread_First()
Trace(dbgInfo(dbgProcess) + " - ThreadSendSignal(threadMain)")
ThreadSendSignal(threadMain)
SignalWait(GoAhead)
CriticalSectionStart()
gnReceived++
CriticalSectionEnd()

PROCEDURE Thread_Second()
Trace(dbgInfo(dbgProcess) + " - ThreadSendSignal(threadMain)")
ThreadSendSignal(threadMain)
SignalWait(GoAhead)
CriticalSectionStart()
gnReceived++
CriticalSectionEnd()
