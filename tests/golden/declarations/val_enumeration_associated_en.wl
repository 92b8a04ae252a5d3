// Val of an enumeration value is its associated value read as a number (its ..Value):
// real server code opens its sockets on Val(CFactory.PortEnum.portAcquisition) and
// chooses by CASE Val(PortEnum.portTree): (decided, INFERRED: no stored page says what
// an enumeration value gives as text or to Val; its text stays its name)
PortEnum is Enumeration
	portTree = 10
	portAcquisition = 11
	portApplication = "100"
END
Plain is Enumeration
	First
	Second
END
Trace(Val(PortEnum.portAcquisition), Val(PortEnum.portApplication)) // expect: 11, 100
Trace(PortEnum.portAcquisition) // expect: portAcquisition
Trace(Val(Second)) // expect: 2
Trace(PortName(11), PortName(100), PortName(5)) // expect: acquisition, application, ?
p is PortEnum = PortEnum.portTree
Trace(Val(p) + 1) // expect: 11
Hexa is Enumeration
	hH = "FF"
	hB = "7002"
END
Trace(Val(Hexa.hH, "x"), Val("FF", "x")) // expect: 255, 255
Trace(Val(Hexa.hB, "o"), Val(Hexa.hB)) // expect: 3586, 7002

PROCEDURE PortName(port is int)
SWITCH port
	CASE Val(PortEnum.portAcquisition):
		RESULT "acquisition"
	CASE Val(PortEnum.portApplication):
		RESULT "application"
END
RESULT "?"
