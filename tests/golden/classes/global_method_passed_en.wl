// A GLOBAL method named by its class without parentheses where a built-in takes a
// procedure (CClass::GlobalMethod) is passed, as a procedure's name is: the help page
// of ThreadExecute (?3077024) starts a thread on one. It was called at once (its side
// effects ran before the thread, and its result went to ThreadExecute).
CClass is a Class
    GLOBAL
        s_log is string
END
ThreadExecute("Thread1", threadNormal, ThreadProcedure)
ThreadWait("Thread1")
ThreadExecute("Thread2", threadNormal, CClass::GlobalMethod)
Trace("started") // expect: started
ThreadWait("Thread2")
Trace(CClass::s_log) // expect: proc, global method
PROCEDURE ThreadProcedure()
CClass::s_log = "proc"
PROCEDURE GLOBAL CClass::GlobalMethod()
ThreadPause(5)
CClass::s_log += ", global method"
