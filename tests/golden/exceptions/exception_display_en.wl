// ExceptionDisplay shows the exception handled (no window: its full details on stderr)
// and the code goes on; ExceptionEnable has nothing to re-arm (INFERRED, docs/builtins.md).
WHEN EXCEPTION IN
	ExceptionThrow(7, "boom")
DO
	ExceptionEnable()
	ExceptionDisplay()
	Trace("handled")   // expect: handled
END
// expect stderr: boom
// expect stderr: Error code: 7
// expect stderr: Position: exception_display_en.wl:4:2
Trace("end")   // expect: end
