// Help 1000024879 (WINDEV 2025): the Thread type, described then run.
gGot is boolean
t is Thread(Worker, ("First parameter", 2))
ThreadExecute(t)
// expect: First parameter 2
Trace(ThreadWait(t, 500))   // expect: 1
Trace(t.State = threadEnded)   // expect: 1
// a procedure without parameters is passed, not called
u is Thread(NoParameter)
u.Name = "second"
u.Execute()
// expect: no parameter
u.Wait(500)
Trace(u.Name, ThreadState("second") = threadEnded)   // expect: second, 1
// ThreadExecute(Proc, (parameters)) builds and runs one
v is Thread = ThreadExecute(Worker, ("v", 3))
// expect: v 3
Trace(ThreadWait(v, 500))   // expect: 1
// a single value in place of the bracketed list is the one parameter
w is Thread(OneParameter, 7)
w.Execute()
// expect: 7
w.Wait(500)
// the Thread variable is the thread: SendSignal goes to it
s is Thread(Waiter)
ThreadExecute(s)
s.SendSignal()
Trace(s.Wait(500), gGot)   // expect: 1, 1
x is Thread
x.Execute()   // expect error: describes no procedure

PROCEDURE Worker(p1, p2 is int)
Trace(p1 + " " + p2)

PROCEDURE NoParameter()
Trace("no parameter")

PROCEDURE OneParameter(n is int)
Trace(n)

PROCEDURE Waiter()
gGot = ThreadWaitSignal(500)
