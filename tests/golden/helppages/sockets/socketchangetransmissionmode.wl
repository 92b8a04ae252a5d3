// SocketChangeTransmissionMode ?3070005, its example as written (the two IF blocks, the
// second one inside a procedure since it ends with RESULT False; the French page's
// RENVOYER Faux), on the loopback: the
// page's third parameter is CRLF, a constant (CR followed by LF: WINDEV Mobile 21's
// generated Java compiles `SocketChangeModeTransmission("socket", SocketMarqueurFin,
// CRLF)` to the text "\r\n"); it was "'CRLF' is not declared", an empty marker. Then the
// end tag is shown to work: SocketWrite adds it after each message, SocketRead reads up to
// it, one message at a time, two messages sent in one write included.
nPort is int = CreatedOnAFreePort("Server")
Trace(nPort > 0)   // expect: 1
// Implement the transmission mode with EOF as end marker
IF SocketChangeTransmissionMode("Server", SocketEndTag) = True THEN
	Info("Transmission mode modified")   // expect: Transmission mode modified
END
Trace(SocketConnect("cli", nPort), SocketWaitForConnection("Server", 2000))   // expect: 1, 1
sChannel is string = SocketAccept("Server")
Trace(WithCRLF(sChannel), WithCRLF("cli"))   // expect: 1, 1
Trace(Length(CRLF), Asc(CRLF[[1]]), Asc(CRLF[[2]]), CRLF = CR)   // expect: 2, 13, 10, 1
Trace(SocketWrite("cli", "first"), SocketWrite("cli", "second" + CRLF + "third"))   // expect: 1, 1
Trace(SocketRead(sChannel))   // expect: first
Trace(SocketRead(sChannel))   // expect: second
Trace(SocketRead(sChannel))   // expect: third
// an unknown socket: the page's second block returns False
Trace(WithCRLF("nobody"), ErrorOccurred)   // expect: 0, 1
SocketClose("cli")
SocketClose(sChannel)
SocketClose("Server")

PROCEDURE WithCRLF(sSocketname is string)
// Implement the transmission mode with CRLF as end marker
IF SocketChangeTransmissionMode(sSocketname, SocketEndTag, CRLF) = False THEN
	RESULT False
END
RESULT True

PROCEDURE CreatedOnAFreePort(sName is string)
LOOP (20)
	nDrawn is int = 20000 + Random(1, 12000)
	IF SocketCreate(sName, nDrawn) THEN RESULT nDrawn
END
RESULT 0
