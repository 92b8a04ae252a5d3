// Parallel tasks (help ?1000021220, ?1000021229, ?1000021667, ?1000021214, ?1000021217).
// The type page's example: executed at once, described then executed, described by parts
t is ParallelTask
t = ParallelTaskExecute(Proc, ("First parameter", 2))
Trace(ParallelTaskWait(t, 500), t.ReturnedValue)   // expect: 1, First parameter 2
t2 is ParallelTask(Proc, ("First parameter", 3))
Trace(t2.Status = ptsNotStarted, t2.Completed)   // expect: 1, 0
ParallelTaskExecute(t2)
Trace(t2.ReturnedValue)   // expect: First parameter 3
d is Description of ParallelTask
d.Procedure = Proc
d.Parameter[1] = "Described"
d.Parameter[2] = 4
t3 is ParallelTask = ParallelTaskExecute(d)
Trace(t3.ReturnedValue, t3.Status = ptsCompleted, t3.Canceled)   // expect: Described 4, 1, 0
Trace(t3.Identifier > t.Identifier)   // expect: 1
// the .Execute() page's example
t4 is ParallelTask
t4.Procedure = Square
t4.Parameter[1] = 9
t5 is ParallelTask = t4.Execute()
Trace(t5.ReturnedValue)   // expect: 81
// continuations: one previous task, all of an array, the first of an array
c is ParallelTask = ParallelTaskExecuteAfter(t5, Add, (ReturnedValuePreviousTask, 1))
Trace(c.ReturnedValue)   // expect: 82
arr is array of ParallelTask
FOR i = 1 TO 4
	ArrayAdd(arr, ParallelTaskExecute(Square, (i)))
END
Trace(ParallelTaskWaitAll(arr, 500))   // expect: 1
s is ParallelTask = ParallelTaskExecuteAfterAll(arr, Total, (ReturnedValuesPreviousTasks))
Trace(s.ReturnedValue)   // expect: 30
f is ParallelTask = ParallelTaskExecuteAfterOne(arr, Add, (ReturnedValuePreviousTask, 0))
Trace(f.ReturnedValue IN (1, 4, 9, 16))   // expect: 1
// one place: the second task waits its turn; a task waiting for a sub-task gives its
// place up (no deadlock)
ParallelTaskParameter(ptpMaxThreads, 1)
o is ParallelTask = ParallelTaskExecute(Outer)
Trace(o.ReturnedValue)   // expect: 37
// cooperative cancellation, and a queued task that never runs
r is ParallelTask = ParallelTaskExecute(Spin)
ParallelTaskRequestCancellation(r)
Trace(ParallelTaskWait(r, 500), r.Status = ptsCanceled, r.Canceled)   // expect: 1, 1, 1
ParallelTaskParameter(ptpMaxThreads, 1)
gGo is ManualSignal
q1 is ParallelTask = ParallelTaskExecute(Gate, (2))
q2 is ParallelTask = ParallelTaskExecute(Square, (3))
ParallelTaskRequestCancellation(q2)
SignalOpen(gGo)
ParallelTaskWaitAll([q1, q2], 500)
Trace(q1.ReturnedValue, q2.Canceled)   // expect: 4, 1
// MyParallelTask is the running task
m is ParallelTask = ParallelTaskExecute(Mine)
Trace(m.ReturnedValue = m.Identifier)   // expect: 1
ParallelTaskCancel()   // expect error: only the code of a parallel task can cancel it

PROCEDURE Proc(p1, p2 is int)
RESULT p1 + " " + p2

PROCEDURE Square(n is int)
RESULT n * n

PROCEDURE Add(a, b)
RESULT a + b

PROCEDURE Total(results)
n is int
FOR EACH x OF results
	n += x
END
RESULT n

PROCEDURE Outer()
sub is ParallelTask = ParallelTaskExecute(Square, (6))
RESULT sub.ReturnedValue + 1

PROCEDURE Spin()
LOOP
	IF MyParallelTask.CancellationRequested THEN ParallelTaskCancel()
	Delay(1)
END

PROCEDURE Gate(n is int)
SignalWait(gGo)
RESULT n * n

PROCEDURE Mine()
RESULT MyParallelTask.Identifier
