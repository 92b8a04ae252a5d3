// Errors: a fatal error (division by zero) caught by WHEN EXCEPTION, and ExceptionThrow.
WHEN EXCEPTION IN
    Trace(Divide(10, 4))
    Trace(Divide(1, 0))
DO
    Trace("Caught: " + ExceptionInfo(errMessage))
END
WHEN EXCEPTION IN
    ExceptionThrow(42, "Stock is empty")
DO
    Trace("Caught " + ExceptionInfo(errCode) + ": " + ExceptionInfo(errMessage))
END

PROCEDURE Divide(a, b)
RESULT a / b
