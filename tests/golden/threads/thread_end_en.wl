// ThreadEnd ends the current thread where it is called, from the thread's procedure or a
// procedure it calls (docs/builtins.md "ThreadEnd": INFERRED); the thread has ended,
// not been stopped. WHEN EXCEPTION does not catch it.
ThreadExecute("t1", threadNormal, Worker, 3)
// expect: step 1
// expect: step 2
// expect: step 3
Trace(ThreadWait("t1", 500))                   // expect: 1
Trace(ThreadState("t1") = threadEnded)         // expect: 1
ThreadExecute("t2", threadNormal, Guarded)
ThreadWait("t2", 500)
// expect: guarded start
Trace(ThreadState("t2") = threadEnded)         // expect: 1
task is ParallelTask = ParallelTaskExecute(EndedTask)
ParallelTaskWait(task)
Trace(task.Status = ptsCompleted)              // expect: 1
ThreadEnd()                                    // expect error: ThreadEnd: only a thread started by ThreadExecute

PROCEDURE Worker(n is int)
FOR i = 1 TO 10
    Trace("step " + i)
    IF i = n THEN Stop()
END
Trace("never")

PROCEDURE Stop()
ThreadEnd()

PROCEDURE Guarded()
WHEN EXCEPTION IN
    Trace("guarded start")
    ThreadEnd()
    Trace("never")
DO
    Trace("caught")
END

PROCEDURE EndedTask()
ThreadEnd()
Trace("never")
