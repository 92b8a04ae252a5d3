// Help page ParallelTaskExecute ?1000021211: its example as written (the syntax-2
// snippet's t1 is t1b here: the page's snippets are separate and both declare t1), with
// procedures of ours; each records that it ran, read once all have (the tasks run in
// parallel: in no set order). It stopped at `()` ("unexpected ')'"), `t1.Procedure =
// Procedure3` called Procedure3 instead of naming it, and a Description of ParallelTask
// could be executed only once.
gaRan is associative array of string
// Use the syntax 1 
t1 is ParallelTask = ParallelTaskExecute(ProcedureA, (), ptoMainThread)
// Use the syntax 2 
t1b is ParallelTask
t1b.Procedure = Procedure3
t2 is ParallelTask = ParallelTaskExecute(t1b)
// Use the syntax 3 
t3 is Description of ParallelTask
t3.Procedure = Procedure3
ParallelTaskExecute(t3)
// Use the syntax 3 
t3bis is Description of ParallelTask
t3bis.Procedure = Procedure3bis
t3bis.Parameter[1] = Today()
t3bis.Parameter[2] = TimeSys()
ParallelTaskExecute(t3bis)
// Declare several tasks and run a process at the end of all these tasks
MyTaskDescription is Description of ParallelTask
arrMyTasks is array of ParallelTask // Result of parallel tasks functions 
// Task #1
MyTaskDescription.Procedure = Example2_Step1
// Runs the parallel tasks
// Add the task returned to an array of tasks 
// in order to re-use them in ParallelTaskExecuteAfterAll
Add(arrMyTasks, ParallelTaskExecute(MyTaskDescription))
// Task #2
MyTaskDescription.Procedure = Example2_Step2
Add(arrMyTasks, ParallelTaskExecute(MyTaskDescription))
// Specify the procedure to run once 
// once all the tasks found in the arrMyTasks array are ended
ParallelTaskExecuteAfterAll(arrMyTasks, Example2_End, (), ptoMainThread)

LOOP (2000)
	IF gaRan.Count = 6 THEN BREAK
	ThreadPause(1)
END
FOR EACH sWho OF ["A", "3", "3bis", "step1", "step2", "end"]
	Trace(sWho + ": " + gaRan[sWho])
END
// expect: A: ran
// expect: 3: ran
// expect: 3bis: today
// expect: step1: ran
// expect: step2: ran
// expect: end: after 2 tasks
Trace(ParallelTaskWait(t1), ParallelTaskWait(t2), ArrayCount(arrMyTasks))   // expect: 1, 1, 2

PROCEDURE ProcedureA()
gaRan["A"] = "ran"
PROCEDURE Procedure3()
gaRan["3"] = "ran"
PROCEDURE Procedure3bis(dDay, tTime)
gaRan["3bis"] = (dDay = Today() ? "today" ELSE "another day")
PROCEDURE Example2_Step1()
gaRan["step1"] = "ran"
PROCEDURE Example2_Step2()
gaRan["step2"] = "ran"
PROCEDURE Example2_End()
gaRan["end"] = "after " + ArrayCount(arrMyTasks) + " tasks"
