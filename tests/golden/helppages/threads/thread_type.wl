// Help page Thread (Variable type) ?1000024879: its example as written (one stored copy
// writes ThreadExécute, the French name, in the English code: both run), each thread
// waited for before the next so that the traces come in order; the procedure is ours.
// Declare a variable to handle a thread
t is Thread
// Build a thread and trigger its execution on a procedure
t = ThreadExecute(Proc, ("First parameter", 2))
ThreadWait(t)
// expect: First parameter 2
// Build a thread
t2 is Thread(Proc, ("Second", 3))
// Trigger the execution of the thread
ThreadExecute(t2)
ThreadWait(t2)
// expect: Second 3
t3 is Thread(Proc, ("Third", 4))
ThreadExécute(t3)
ThreadWait(t3)
// expect: Third 4

PROCEDURE Proc(sText, nNumber)
Trace(sText + " " + nNumber)
