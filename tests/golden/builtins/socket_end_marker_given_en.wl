// SocketChangeTransmissionMode's end marker (?3070005): none given is CR LF, a text given
// ends each message, an empty one with SocketEndTag is refused (False, ErrorOccurred, the
// socket keeps its mode: no message could end; it was read as CR LF, silently). With
// SocketNoEndTag or SocketSizeAtBeginning a marker means nothing, so an empty one is
// accepted. SocketEndTag's value: 2 (VERIFIED, docs/builtins.md). On the loopback.
Trace(SocketEndTag, SocketSizeAtBeginning, SocketNoEndTag)   // expect: 2, 1, 3
nPort is int = CreatedOnAFreePort("Server")
Trace(nPort > 0)   // expect: 1
Trace(SocketConnect("cli", nPort), SocketWaitForConnection("Server", 2000))   // expect: 1, 1
sChannel is string = SocketAccept("Server")
Trace(SocketChangeTransmissionMode("cli", SocketEndTag, ""), ErrorOccurred)   // expect: 0, 1
Trace(ErrorInfo(errMessage))   // expect: SocketChangeTransmissionMode: the end marker given is empty, so no message could end; give the text that ends each message (CR LF when none is given). The socket keeps its mode.
// still the size at the beginning on both sides
Trace(SocketWrite("cli", "one|two"), SocketRead(sChannel))   // expect: 1, one|two
Trace(SocketChangeTransmissionMode("cli", SocketEndTag, "|"), ErrorOccurred)   // expect: 1, 0
Trace(SocketChangeTransmissionMode(sChannel, SocketEndTag, "|"))   // expect: 1
Trace(SocketWrite("cli", "a" + CR + "b"), SocketWrite("cli", "c"))   // expect: 1, 1
Trace(Length(SocketRead(sChannel)), SocketRead(sChannel))   // expect: 4, c
Trace(SocketChangeTransmissionMode("cli", SocketNoEndTag, ""), ErrorOccurred)   // expect: 1, 0
Trace(SocketChangeTransmissionMode("cli", SocketSizeAtBeginning, ""))   // expect: 1
SocketClose("cli")
SocketClose(sChannel)
SocketClose("Server")

PROCEDURE CreatedOnAFreePort(sName is string)
LOOP (20)
	nDrawn is int = 20000 + Random(1, 12000)
	IF SocketCreate(sName, nDrawn) THEN RESULT nDrawn
END
RESULT 0
