// ParallelTaskExecuteAfterAll ?1000021217 and ParallelTaskExecuteAfterOne ?1000021216:
// their examples as written (Proc1, Proc2 and ContinuationProc are ours; the page states
// no output: the waits and traces are ours). AfterOne was unknown (wlinterp had guessed
// the English name ParallelTaskExecuteAfterAny)
// Starts two tasks
t1 is ParallelTask = ParallelTaskExecute(Proc1)
t2 is ParallelTask = ParallelTaskExecute(Proc2)
// The ContinuationProc procedure will be run when the two tasks are ended 
tAll is ParallelTask = ParallelTaskExecuteAfterAll([t1,t2], ContinuationProc)
ParallelTaskWait(tAll)
Trace(t1.Completed, t2.Completed, tAll.ReturnedValue) // expect: 1, 1, both ended
// Starts two tasks
t3 is ParallelTask = ParallelTaskExecute(Proc1)
t4 is ParallelTask = ParallelTaskExecute(Proc2)
// The ContinuationProc procedure will be run when one of the two tasks is ended
tOne is ParallelTask = ParallelTaskExecuteAfterOne([t3,t4], ContinuationProc)
ParallelTaskWait(tOne)
Trace(t3.Completed OR t4.Completed, tOne.ReturnedValue) // expect: 1, both ended
ParallelTaskWaitAll([t3, t4])
// the first ended task's result, given with ReturnedValuePreviousTask (?1000021216)
tFirst is ParallelTask = ParallelTaskExecuteAfterOne([t3,t4], Twice, (ReturnedValuePreviousTask))
ParallelTaskWait(tFirst)
Trace(tFirst.ReturnedValue IN (2, 4)) // expect: 1

PROCEDURE Proc1()
RESULT 1

PROCEDURE Proc2()
RESULT 2

PROCEDURE ContinuationProc()
RESULT "both ended"

PROCEDURE Twice(n)
RESULT 2 * n
