// Help page CriticalSectionStart (help.windev.com ?3077001): its example (a named critical
// section that two threads cannot run at the same time) run by two threads that each add
// 1 to a counter 200 times with a pause between reading and writing it: inside the
// section no update is lost (without it, the same program ends at 200). Then the
// automatic section of the syntax without a name, which differs from the "" section.
gnCount is int
ThreadExecute("A", threadNormal, Worker)
ThreadExecute("B", threadNormal, Worker)
ThreadWait("A")
ThreadWait("B")
Trace(gnCount) // expect: 400
CriticalSectionStart()
Trace("automatic section") // expect: automatic section
CriticalSectionStart("")
CriticalSectionEnd("")
CriticalSectionEnd()

PROCEDURE Worker()
FOR i = 1 TO 200
	// Use of a named critical section
	CriticalSectionStart("MySection")
	// Two threads will not be able to run this code at the same time
	n is int = gnCount
	ThreadPause(0)
	gnCount = n + 1
	CriticalSectionEnd("MySection")
END
