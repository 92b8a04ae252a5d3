// A thread's procedure given more arguments than it declares: the error is the run's,
// at the ThreadExecute call that started the thread (it was "<string>: error", with no
// file, line or source: the thread had run no WLanguage line yet).
Trace("start")   // expect: start
ThreadExecute("t1", threadNormal, Work, 1, 2)   // expect error: in thread 't1': Work expects 1 parameter(s) but received 2.
ThreadWait("t1")
Trace("never reached")

PROCEDURE Work(n is int)
Trace(n)
