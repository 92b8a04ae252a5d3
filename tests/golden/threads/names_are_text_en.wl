// A name parameter of the thread and synchronisation functions (a thread, an event or
// signal, a semaphore, a mutex, a critical section) is a text: an array or a structure
// there stops the run in the words of every text parameter, and wl check says it
// (WL115); the run said "cannot be converted to a string" and wl check nothing
// (docs/builtins.md "Name parameters").
t is array of string = ["a"]
SemaphoreCreate("Stock", 2)
Trace(SemaphoreStart("STOCK", 10)) // expect: 1
SemaphoreEnd("stock")
EventCreate("Ready")
SignalOpen("ready")
Trace(EventWait("Ready", 10), ThreadState("nobody")) // expect: 1, 0
MutexStart(t) // expect error: MutexStart expects a string, not a value of type array
