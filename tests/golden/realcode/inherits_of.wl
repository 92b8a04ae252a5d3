// `inherits of Base` (any accent: `inhérits of`), as PC SOFT's English network frames
// example writes a class's parent (its French "hérite de" translated word by word: `de`
// is `of` in English); it was "unexpected 'of'" and the class had no parent
cPacket is Class
PROTECTED
	_nLength is int
END
cPacketTCP is Class
	inhérits of cPacket
PRIVATE
	_nPort is int
END
cPacketUDP is Class
	INHERITS OF cPacket
END
t is cPacketTCP
t.Process(60, 443)
Trace(t.Describe()) // expect: TCP 60 443
u is cPacketUDP
u.Process(28, 53)
Trace(u.Describe()) // expect: packet 28

Procedure VIRTUAL cPacket::Process(nLength is int, nPort is int)
:_nLength = nLength
Procedure cPacket::Describe()
RESULT "packet " + :_nLength
Procedure VIRTUAL cPacketTCP::Process(nLength is int, nPort is int)
Ancestor:Process(nLength, nPort)
:_nPort = nPort
Procedure cPacketTCP::Describe()
RESULT "TCP " + :_nLength + " " + :_nPort
