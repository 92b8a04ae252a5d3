// A method of the current object named `:Method` (or bare) where a procedure is taken,
// a parameter declared `is procedure` of a procedure or of a class's constructor, is a
// reference to that method on the current object, as `ArraySort(t, asFunction, Cmp)`
// in a method already was (real server code: `:threadWorker = new ThreadRunner(:id,
// :threadProcess)`, the runner later calling it). It was a call without arguments:
// "threadProcess expects 3 parameter(s) but received 0" (docs/semantics.md, "Routines
// named without parentheses").
CWinch is a Class
	name is string = "W1"
	worker is CRunner dynamic
END
CRunner is a Class
	id is int
	callback is procedure
END

w is CWinch
w.Start() // expect: run 7 th7 W1 stop=0
w.Again() // expect: run 8 again W1 stop=1

PROCEDURE CWinch::Start()
:worker = new CRunner(7, :Process)
:worker.Go()
PROCEDURE CWinch::Again()
Schedule(8, :Process)
PROCEDURE PRIVATE CWinch::Process(id, threadName is string, stopAsked is procedure)
Trace("run " + id + " " + threadName + " " + :name + " stop=" + stopAsked())
PROCEDURE CRunner::Constructor(id is int, cb is procedure)
:id = id
:callback = cb
PROCEDURE CRunner::Go()
:callback(:id, "th" + :id, ()=>False)
PROCEDURE Schedule(n is int, p is procedure)
p(n, "again", ()=>True)
