// WHEN EXCEPTION IN with a line that only computes a value: the line is the test (does it
// raise?), as PC SOFT's Excel class writes `:m_pautExcel>>Selection` before using the
// selection; `wl check` says nothing of it there (no WL210, docs/check.md)
Days is array of strings = ["Monday", "Tuesday"]
xl is object OLE dynamic
xl = new object OLE "Excel.Application"
Trace(HasDay(Days, 2), HasDay(Days, 9)) // expect: 1, 0
Trace(HasSelection(xl)) // expect: 0
Trace(ExceptionInfo(errMessage)) // expect: ActiveX/OLE is not available: '>>Selection' needs an automation object, which wlinterp does not provide.
PROCEDURE HasDay(t, n)
WHEN EXCEPTION IN
	t[n]
DO
	RESULT False
END
RESULT True
PROCEDURE HasSelection(p)
WHEN EXCEPTION IN
	p>>Selection
DO
	RESULT False
END
RESULT True
