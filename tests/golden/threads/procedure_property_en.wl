// `v.Procedure = P` names P, a procedure needing no argument, for a variable of a
// built-in type (a Thread, a ParallelTask, a Description of ParallelTask): P is not
// called there (it was, and the variable "described no procedure"). (No class member
// can be named Procedure: the word opens a procedure.)
t is Thread
t.Procedure = Work
Trace("described")   // expect: described
ThreadExecute(t)
ThreadWait(t)
// expect: work
p is ParallelTask
p.Procedure = Compute
Trace(ParallelTaskWait(p.Execute()))   // expect: 1
d is Description of ParallelTask
d.Procedure = Compute
q is ParallelTask = ParallelTaskExecute(d)
ParallelTaskWait(q)
Trace(q.ReturnedValue)   // expect: 42

PROCEDURE Work()
Trace("work")
PROCEDURE Compute()
RESULT 42
