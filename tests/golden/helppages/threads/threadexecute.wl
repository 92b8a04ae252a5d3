// Help page ThreadExecute (help.windev.com ?3077024): its examples, the procedure named
// by a string with a parameter and the compatible syntax with the procedure itself. The
// query of pExecQry is replaced by a trace of its parameter (a date: 8 characters).
// Run a thread while passing parameters
sDate is string
sDate = DateSys()
// Run the thread
ThreadExecute("THREADNAME", threadNormal, "pExecQry", sDate)
ThreadWait("THREADNAME")
// expect: 8
ThreadExecute("Thread1", threadNormal, ThreadProcedure)
ThreadWait("Thread1")
// expect: Thread1 ran

// This procedure expects a date in parameter
PROCEDURE pExecQry(sDate)
Trace(Length(sDate))

PROCEDURE ThreadProcedure()
Trace("Thread1 ran")
