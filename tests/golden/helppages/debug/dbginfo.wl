// dbgInfo, as PC SOFT's SignalOpen example (?1000021271) uses it to say which procedure
// traces a line. That page states no output and the dbgInfo page is not in the stored
// help: what is pinned here is our decision (docs/builtins.md "dbgInfo"). The element of
// a script is its file name without folder and extension; the process is the running
// procedure (Class::Method for a method), or the element in the main code.
Trace(dbgInfo(dbgElement)) // expect: dbginfo
Trace(dbgInfo(dbgProcess)) // expect: dbginfo
ShowProcess()
// expect: ShowProcess
o is CTracer
o.Show()
// expect: CTracer::Show
WHEN EXCEPTION IN
	dbgInfo(99)
DO
	Trace(ExceptionInfo()) // expect: dbgInfo: unknown information type 99 (dbgElement or dbgProcess expected).
END

CTracer is Class
END

PROCEDURE CTracer::Show()
Trace(dbgInfo(dbgProcess))

PROCEDURE ShowProcess()
Trace(dbgInfo(dbgProcess))
