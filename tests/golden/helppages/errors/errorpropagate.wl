// Help page ErrorPropagate (help.windev.com ?3034015): its use example (fOpen wrapped in a
// procedure that hands its non-fatal error to the caller), then the second syntax that
// replaces the error number and puts a message in front. The page states no output: the
// traces show what it describes (the caller sees ErrorOccurred, ErrorInfo describes it).
OpenFile("/nonexistent/helppages/file.txt")
IF ErrorOccurred = True THEN
	// process the error
	Trace("the caller sees the error") // expect: the caller sees the error
	Trace(ErrorInfo(errMessage) <> "") // expect: 1
END
OpenFileWithCode("/nonexistent/helppages/file.txt")
IF ErrorOccurred THEN
	Trace(ErrorInfo(errCode)) // expect: 12
	Trace(Left(ErrorInfo(errMessage), 12)) // expect: cannot open:
END

PROCEDURE OpenFile(LOCAL sFileName is string)
fOpen(sFileName)
IF ErrorOccurred = True THEN
	ErrorPropagate()
	RETURN // or RESULT
END

PROCEDURE OpenFileWithCode(LOCAL sFileName is string)
fOpen(sFileName)
IF ErrorOccurred = True THEN
	ErrorPropagate(12, "cannot open: ")
	RETURN
END
