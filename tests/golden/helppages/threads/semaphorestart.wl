// Help page SemaphoreStart (help.windev.com ?3077008) states no example: this pins what
// its syntax section says. The semaphore is created on first use with the default
// options (one thread at a time); a timeout of 0 only reports whether the thread could
// enter, without waiting; the timeout may be hundredths, a duration or Infinite.
Trace(SemaphoreStart("SEM")) // expect: 1
// the only place is taken (by this thread): with 0 the call answers at once
Trace(SemaphoreStart("SEM", 0)) // expect: 0
SemaphoreEnd("SEM")
Trace(SemaphoreStart("SEM", 0)) // expect: 1
SemaphoreEnd("SEM")
Trace(SemaphoreStart("SEM2", 10 ms)) // expect: 1
SemaphoreEnd("SEM2")
Trace(SemaphoreStart("SEM2", Infinite)) // expect: 1
SemaphoreEnd("SEM2")
