// SocketWaitForConnection's timeout is in milliseconds, as SocketRead's (?3070014) and
// SocketConnect's: it was read in hundredths of a second, so 100 waited 1 s and caught a
// client connecting after half a second. INFERRED (docs/builtins.md "Sockets").
// The client pauses 50 hundredths (ThreadPause) before connecting: a 100 ms wait cannot
// see it, whatever the machine's load; a 10000 ms wait then does.
nPort is int
FOR nTry = 1 TO 5
	nPort = 20000 + Random(1, 20000)
	IF SocketCreate("srv", nPort) THEN BREAK
	nPort = 0
END
ThreadExecute("late", threadNormal, LateClient, nPort)
Trace(SocketWaitForConnection("srv", 100), ErrorOccurred) // expect: 0, 0
Trace(SocketWaitForConnection("srv", 10000)) // expect: 1
Trace(SocketRead(SocketAccept("srv"))) // expect: hello
ThreadWait("late")
// a Duration is read as written
Trace(SocketWaitForConnection("srv", 50 ms)) // expect: 0
SocketClose("srv")

PROCEDURE LateClient(nServerPort is int)
ThreadPause(50)
IF SocketConnect("cli", nServerPort) THEN
	SocketWrite("cli", "hello")
	SocketClose("cli")
END
