// Creating a mutex or a semaphore whose name exists fails without stopping the run
// (decided, INFERRED: docs/builtins.md "Threads, semaphores and mutexes"): False,
// ErrorOccurred, ErrorInfo in words; the first one is kept as it was (its places, its
// owner). SemaphoreStart and MutexStart create an unknown name, so a create after them
// fails too.
Trace(MutexCreate("m")) // expect: 1
Trace(MutexCreate("M"), ErrorOccurred) // expect: 0, 1
Trace(ErrorInfo(errMessage)) // expect: MutexCreate: the mutex 'M' already exists.
Trace(SemaphoreCreate("s", 2)) // expect: 1
Trace(SemaphoreCreate("s", 5), ErrorOccurred) // expect: 0, 1
Trace(ErrorInfo(errMessage)) // expect: SemaphoreCreate: the semaphore 's' already exists.
Trace(SemaphoreStart("s", 0), SemaphoreStart("s", 0), SemaphoreStart("s", 0)) // expect: 1, 1, 0
Trace(MutexStart("first use", 0)) // expect: 1
Trace(MutexCreate("first use")) // expect: 0
MutexDestroy("m")
Trace(MutexCreate("m"), ErrorOccurred) // expect: 1, 0
