// Device connections in the style of a real acquisition project: an abstract client
// class with virtual and abstract methods, two kinds of clients deriving from it, a
// kind enumeration declared beside the class and named through it, a logger whose
// members are GLOBAL (some PRIVATE) with a queue of messages, an associative array of
// dynamic objects keyed by id, a reference of a derived class taken with `<-` after
// testing the object's ..Class, a lambda passed to a procedure, an internal procedure.
CClient is a Class
	nID is int
	sIP is string
	kind is ClientKind
	PROTECTED
	bStopAsked is boolean
END
ClientKind is an Enumeration
	ckEmitter
	ckReceiver
	ckUnknown
END
CWinch is a Class
	inherits from CClient
	nDepth is int
END
CSensor is a Class
	inherits from CClient
	rLast is real
END
CLog is a Class
	GLOBAL
	nLevel is int = 1
	GLOBAL PRIVATE
	qMessages is queue of strings
	nWritten is int
END

aaClients is associative array of CClient dynamic
w is CWinch dynamic = new CWinch(1, "10.0.0.5", CWinch.ckEmitter)
s is CSensor dynamic = new CSensor(2, "10.0.0.9", CClient.ckReceiver)
aaClients[w.nID] = w
aaClients[s.nID] = s
w.Move(120)
s.Measure(3.25)
FOR EACH c OF aaClients
	Trace(c.Describe())
END
// expect: 1 10.0.0.5 emitter winch at 120 cm
// expect: 2 10.0.0.9 receiver sensor 3.25
Trace(CountWhere(aaClients, (c) => c.kind = ClientKind.ckReceiver)) // expect: 1
// the winches, each taken as one by a reference of the derived class
FOR EACH c OF aaClients
	IF c..Class <> "CWinch" THEN CONTINUE
	wc is CWinch dynamic <- c
	Trace("winch " + wc.nID + " at " + wc.nDepth)
END
// expect: winch 1 at 120
CLog.Flush()
// expect: [LOG] client 1 moves to 120
// expect: [LOG] client 2 reads 3.25
Trace(CLog.Written()) // expect: 2

PROCEDURE CountWhere(aa is associative array of CClient dynamic, pTest is procedure) : int
nFound is int
FOR EACH c OF aa
	IF pTest(c) THEN nFound++
END
RESULT nFound

PROCEDURE CClient::Constructor(nID is int, sIP is string, eKind is ClientKind)
:nID = nID ; :sIP = sIP ; :kind = eKind
PROCEDURE VIRTUAL CClient::Describe() : string
RESULT StringBuild("%1 %2 %3", :nID, :sIP, KindName())
	INTERNAL PROCEDURE KindName() : string
		SWITCH :kind
			CASE CClient.ckEmitter : RESULT "emitter"
			CASE CClient.ckReceiver : RESULT "receiver"
			OTHER CASE : RESULT "unknown"
		END
	END
PROCEDURE ABSTRACT CClient::Stop() : boolean

PROCEDURE CWinch::Move(nTo is int)
:nDepth = nTo
CLog.Write(StringBuild("client %1 moves to %2", :nID, nTo))
PROCEDURE CWinch::Describe() : string
RESULT ExecuteAncestor() + " winch at " + :nDepth + " cm"
PROCEDURE CWinch::Stop() : boolean
:bStopAsked = True
RESULT True

PROCEDURE CSensor::Measure(rValue is real)
:rLast = rValue
CLog.Write(StringBuild("client %1 reads %2", :nID, rValue))
PROCEDURE CSensor::Describe() : string
RESULT ExecuteAncestor() + " sensor " + :rLast
PROCEDURE CSensor::Stop() : boolean
RESULT False

PROCEDURE GLOBAL CLog::Write(sMessage is string)
Enqueue(qMessages, "[LOG] " + sMessage)
PROCEDURE GLOBAL CLog::Flush()
sLine is string
WHILE Dequeue(qMessages, sLine)
	Trace(sLine)
	nWritten++
END
PROCEDURE GLOBAL CLog::Written() : int
RESULT nWritten
