// A fatal error in a body that handles it (a CASE EXCEPTION section, or
// ExceptionChangeParameter called there) does not stop the run: wl check says nothing of
// it either (docs/check.md WL110/WL113 "handled"): an array read past its declared size
// and a division by the literal 0
Trace(ReadPast()) // expect: past the end
Trace(Divide()) // expect: -1
Trace("[" + Quiet() + "]") // expect: []

PROCEDURE ReadPast()
arrCodes is array of 2 int
RESULT arrCodes[3]
CASE EXCEPTION:
	RESULT "past the end"

PROCEDURE Divide()
ExceptionChangeParameter(epResult, -1)
nTotal is int = 10
RESULT nTotal + 1 / 0

PROCEDURE Quiet() : string
ExceptionChangeParameter(epReturn)
arrNames is array of 1 string
RESULT arrNames[2]
