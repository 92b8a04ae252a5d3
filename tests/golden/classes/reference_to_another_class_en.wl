// `d is CWinchClient dynamic <- c` (real code: a socket server's clients, kept as an
// interface, picked out by class): d designates c's object when it is a CWinchClient
// or derived from it, and is Null when it is an object of another class; `=` still
// stops (it stopped for `<-` too). (docs/semantics.md, "`<-` into a dynamic object of
// another class")
ISocketClient is Interface
	PROCEDURE Name() : string
END
CSocketClient is Class
	implements ISocketClient
	m_sName is string
END
CWinchClient is Class
	inherits from CSocketClient
	m_nWinch is int
END
CLoggerClient is Class
	implements ISocketClient
END
STHolder is Structure
	pWinch is CWinchClient dynamic
END

arrClients is array of ISocketClient dynamic
w is CWinchClient dynamic = new CWinchClient("winch 1")
w.m_nWinch = 7
Add(arrClients, w)
Add(arrClients, new CLoggerClient)
Add(arrClients, new CSocketClient("plain"))
FOR EACH c OF arrClients
	d is CWinchClient dynamic <- c
	IF d <> Null THEN
		Trace(c.Name() + ": winch " + d.m_nWinch)
	ELSE
		Trace(c.Name() + ": not a winch")
	END
END
// expect: winch 1: winch 7
// expect: logger: not a winch
// expect: plain: not a winch
s is CSocketClient dynamic
s <- arrClients[2]
Trace(s = Null) // expect: 1
s <- arrClients[1]
Trace(s.Name()) // expect: winch 1
stHolder is STHolder
stHolder.pWinch <- arrClients[3]
Trace(stHolder.pWinch = Null) // expect: 1
stHolder.pWinch <- w
Trace(stHolder.pWinch.m_nWinch) // expect: 7
pLogger is CLoggerClient dynamic
pLogger = arrClients[1] // expect error: An object of the class CWinchClient cannot be stored in the class CLoggerClient: it is not CLoggerClient nor derived from it.
Trace(pLogger.Name())

PROCEDURE CSocketClient::Constructor(sName is string)
:m_sName = sName
PROCEDURE CSocketClient::Name() : string
RESULT :m_sName
PROCEDURE CLoggerClient::Name() : string
RESULT "logger"
