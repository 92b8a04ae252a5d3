// SocketRead ?3070014, its syntax: <Undefined wait> True by default (no end), False to
// wait at most <Maximum timeout>, in milliseconds (1000 by default; the timeout was read
// in hundredths and False was ignored: SocketRead(s, False) waited for ever);
// <Maximum number of bytes> (4096 by default) bounds what a read returns in
// SocketNoEndTag mode, the rest kept for the next read. The client and its server are
// on the loopback, the port drawn below 32768 (as simplified_server.wl).
nPort is int
LOOP (20)
	nPort = 20000 + Random(1, 12000)
	IF SocketCreate("srv", nPort) THEN BREAK
END
Trace(SocketConnect("cli", nPort), SocketWaitForConnection("srv", 500))   // expect: 1, 1
sChannel is string = SocketAccept("srv")
SocketChangeTransmissionMode(sChannel, SocketNoEndTag)
SocketChangeTransmissionMode("cli", SocketNoEndTag)
// nothing sent yet: False waits 1000 ms, then 50 ms, and gives ""
Trace("[" + SocketRead(sChannel, False) + "]", ErrorOccurred)   // expect: [], 1
Trace("[" + SocketRead(sChannel, False, 50) + "]", ErrorOccurred)   // expect: [], 1
Trace(SocketWrite("cli", "abcdefghij"))   // expect: 1
Trace(SocketRead(sChannel, False, 2000, 4))   // expect: abcd
Trace(SocketRead(sChannel, False, 2 s, 4))   // expect: efgh
nMost is int = 100
Trace(SocketRead(sChannel, False, "2 s", nMost), nMost)   // expect: ij, 100
SocketClose("cli")
SocketClose(sChannel)
SocketClose("srv")
