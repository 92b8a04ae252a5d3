// Help pages "Creating a simplified socket server" ?3070001 and SocketRead ?3070014, on
// the loopback: the server socket exchanges with one client with no SocketAccept (the
// connection is made by the server's first successful SocketRead), and SocketRead's
// example, its Table control replaced by a Trace of the line it adds. The client is a
// thread of ours: it writes first, as the page says a read needs; what it reads is traced
// after ThreadWait (its own Trace could come before the server's next one).
// The ports are drawn below 32768, where Linux draws the ports of outgoing connections
// (one stays taken a while after its connection closed), and drawn again when another
// program holds one (CreatedOnAFreePort): a single draw failed now and then on a busy
// machine.
gsClientRead is string
// Step 1: creating the socket
nPort is int = CreatedOnAFreePort("Server")
Trace(nPort > 0, SocketExist("Server"))   // expect: 1, 1
ThreadExecute("Client", threadNormal, ClientComputer, nPort)
// Step 2: exchanging data (SocketRead's example)
// The example names the socket "Server", then "server" in SocketClientInfo: a socket's name
// is case sensitive (VERIFIED, the same page: "Caution: the socket name is case sensitive"),
// so "server" names no socket, its address "" and its port not above 0, as written.
sLine is string = "1" + TAB + SocketRead("Server", False) + ...
TAB + SocketClientInfo("server", SocketAddress) + ...
TAB + (SocketClientInfo("server", SocketPort) > 0)
Trace(Replace(sLine, TAB, " | "))   // expect: 1 | Hello server |  | 0
Trace(SocketClientInfo("Server", SocketAddress))   // expect: 127.0.0.1
Trace(SocketWrite("Server", "Hello client"))   // expect: 1
ThreadWait("Client")
Trace("client read: " + gsClientRead)   // expect: client read: Hello client
// Step 3: closing the socket
SocketClose("Server")
Trace(SocketExist("Server"))   // expect: 0
// A write before any client connected: a non-fatal error
CreatedOnAFreePort("Lonely")
Trace(SocketWrite("Lonely", "anybody?"), ErrorOccurred)   // expect: 0, 1
SocketClose("Lonely")

PROCEDURE ClientComputer(nServerPort is int)
SocketConnect("ToServer", nServerPort, "127.0.0.1")
SocketWrite("ToServer", "Hello server")
gsClientRead = SocketRead("ToServer")
SocketClose("ToServer")

PROCEDURE CreatedOnAFreePort(sName is string)
LOOP (20)
	nPort is int = 20000 + Random(1, 12000)
	IF SocketCreate(sName, nPort) THEN RESULT nPort
END
RESULT 0
