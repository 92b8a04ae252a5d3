// Help page ThreadWaitSignal (help.windev.com ?3077022): its example. The stored English
// page shows blank lines under "Locks the current thread until the event is obtained";
// they are the ThreadWaitSignal() calls, and each thread sends its signal after its
// first trace, as the trace says. The first two traces come in order (the main thread
// waits for each thread's signal); after the manual event opens both threads pass, in
// either order, so each counts its passage.
gnReceived is int
// Create an event
EventCreate("Let's go", eventManual, eventClose)
// Run a first thread
ThreadExecute("Thread1", threadNormal, "Thread_First")
// Locks the current thread until the event is obtained
ThreadWaitSignal()
// expect: Thread_First - ThreadSendSignal(threadMain)
// Run a second thread
ThreadExecute("Thread2", threadNormal, "Thread_Second")
// Locks the current thread until the event is obtained
ThreadWaitSignal()
// expect: Thread_Second - ThreadSendSignal(threadMain)
// Modifies the event to run the threads
EventChange("Let's go", eventOpen)
ThreadWait("Thread1")
ThreadWait("Thread2")
Trace(gnReceived) // expect: 2

PROCEDURE Thread_First()
Trace(dbgInfo(dbgProcess) + " - ThreadSendSignal(threadMain)")
ThreadSendSignal(threadMain)
EventWait("Let's go")
CriticalSectionStart()
gnReceived++
CriticalSectionEnd()

PROCEDURE Thread_Second()
Trace(dbgInfo(dbgProcess) + " - ThreadSendSignal(threadMain)")
ThreadSendSignal(threadMain)
EventWait("Let's go")
CriticalSectionStart()
gnReceived++
CriticalSectionEnd()
