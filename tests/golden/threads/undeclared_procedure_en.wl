// ThreadExecute given a name that is neither a variable nor a procedure stops where the
// name is written, naming it (it read the name as an empty variant and said "there is no
// procedure named ''"); wl check says the same (WL102), with the procedure nearest to it.
Trace("before")   // expect: before
ThreadExecute("t1", threadNormal, Workr) // expect error: ThreadExecute: there is no procedure named 'Workr'; did you mean Worker?
Trace("never reached")

PROCEDURE Worker()
Trace("worker")
