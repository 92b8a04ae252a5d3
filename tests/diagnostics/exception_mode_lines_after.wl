// ExceptionChangeParameter handles a fatal error in the lines after it, up to
// ExceptionRestoreParameter; epGotoCaseException only with a CASE EXCEPTION section. A line
// before the call, after a restore, or under epGotoCaseException without that section stops
// the run ("Division by zero."), and check says so (it was silent on the whole body)
Before()
Restored()
NoSection()
Handled()

PROCEDURE Before()
Trace(1/0) // error: WL113:8 Division by zero
ExceptionChangeParameter(epReturn)

PROCEDURE Restored()
ExceptionChangeParameter(epReturn)
ExceptionRestoreParameter()
Trace(1/0) // error: WL113:8 Division by zero

PROCEDURE NoSection()
ExceptionChangeParameter(epGotoCaseException)
Trace(1/0) // error: WL113:8 Division by zero

PROCEDURE Handled()
ExceptionChangeParameter(epReturn)
Trace(1/0)
