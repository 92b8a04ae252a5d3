// dbgOnError's procedure is told of a failed check in the main code while it runs,
// in another thread, for a failure there (the "inside it" guard is one per thread:
// docs/builtins.md "Automated tests: the Test* functions")
gIn, gGo are boolean
dbgOnError(Told)
ThreadExecute("T", threadNormal, Checker)
WHILE NOT gIn
	Delay(1)
END
dbgCheckTrue(False, "from main")
gGo = True
ThreadWait("T")
TestOnError(Told)
TestCheckTrue(False, "a Test check")
// expect: told: from thread
// expect: told: from main
// expect: told: a Test check

PROCEDURE Checker()
dbgCheckTrue(False, "from thread")

PROCEDURE Told(msg)
Trace("told: " + msg)
IF msg = "from thread" THEN
	gIn = True
	WHILE NOT gGo
		Delay(1)
	END
	dbgCheckTrue(False, "inside the procedure: not told again")
END
