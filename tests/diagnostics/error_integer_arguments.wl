// An error or exception function given a real literal where the help types an integer
// (an error code, an errXXX constant): the run truncates it toward zero, so the check
// says the decimal part is lost (WL206).
WHEN EXCEPTION IN
	ExceptionThrow(1.5, "Stock is empty") // warning: WL206:17 ExceptionThrow expects an integer as parameter 1: 1.5 is read as 1, its decimal part is lost
DO
	Trace(ExceptionInfo(errCode))
	Trace(ExceptionInfo(1.5)) // warning: WL206:22 ExceptionInfo expects an integer as parameter 1: 1.5 is read as 1, its decimal part is lost
END
