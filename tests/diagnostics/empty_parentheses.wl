// `()` is only the empty list of parameters of a procedure that a built-in runs
// (ParallelTaskExecute(P, (), ...), ?1000021211): as another call's argument it is WL100
// at the `(` (the run stopped there on "several values (RESULT (a, b) ..."); elsewhere it
// is a syntax error, as before (tests/semantics/test_empty_parentheses.py)
t is ParallelTask = ParallelTaskExecute(Work, (), ptoMainThread)
ParallelTaskWait(t)
Trace(()) // error: WL100:7 `()` gives no value: it is only the empty list of parameters of a procedure that a built-in runs (ParallelTaskExecute(P, (), ...))
Trace(Length(())) // error: WL100:14 `()` gives no value: it is only the empty list of parameters of a procedure that a built-in runs (ParallelTaskExecute(P, (), ...))
Show(()) // error: WL100:6 `()` gives no value: it is only the empty list of parameters of a procedure that a built-in runs (ParallelTaskExecute(P, (), ...))

PROCEDURE Work()
Trace("work")
PROCEDURE Show(x)
Trace(x)
