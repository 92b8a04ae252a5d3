// Help page SemaphoreCreate (help.windev.com ?3077012): its example, then what its syntax
// section states. Three threads may be inside "MySemaphore" at once: with a timeout of 0
// SemaphoreStart only answers whether a place is free. <Use> counts threads already
// inside when the semaphore is created; the sharing modes are accepted.
// Create a semaphore
SemaphoreCreate("MySemaphore", 3)
Trace(SemaphoreStart("MySemaphore", 0), SemaphoreStart("MySemaphore", 0), ...
	SemaphoreStart("MySemaphore", 0)) // expect: 1, 1, 1
Trace(SemaphoreStart("MySemaphore", 0)) // expect: 0
SemaphoreEnd("MySemaphore")
Trace(SemaphoreStart("MySemaphore", 0)) // expect: 1
// two of its three places are taken from the start
SemaphoreCreate("Busy", 3, 2)
Trace(SemaphoreStart("Busy", 0), SemaphoreStart("Busy", 0)) // expect: 1, 0
SemaphoreEnd("Busy")
SemaphoreEnd("Busy")
SemaphoreEnd("Busy")
Trace(ErrorOccurred) // expect: 0
SemaphoreEnd("Busy")
Trace(ErrorOccurred) // expect: 1
Trace(SemaphoreCreate("Local", 1, 0, shareNone)) // expect: 1
Trace(SemaphoreCreate("Local")) // expect: 0
Trace(SemaphoreCreate("Crowded", 2, 3)) // expect: 0
