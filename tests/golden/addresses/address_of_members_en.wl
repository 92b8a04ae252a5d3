// The address of a member or an element is its own object's or array's: `:nID = &:nID`
// in a constructor gives each object its own number, as a real socket-server project
// does before keying its clients by it (every object got the same number, so its
// associative array of clients held one). (docs/semantics.md, "`&x` (address-of)")
CClient is Class
	nID is int
	sChannel is string
END
arrClients is associative array of CClient dynamic
FOR EACH sChannel OF ["10.0.0.5:4001", "10.0.0.6:4001", "10.0.0.9:5000"]
	c is CClient dynamic = new CClient(sChannel)
	arrClients[c.nID] = c
END
Trace(arrClients..Occurrence) // expect: 3
c1 is CClient dynamic = new CClient("a")
c2 is CClient dynamic = new CClient("b")
Trace(c1.nID <> c2.nID, c1.nID = &c1.nID, &c1.nID <> &c1.sChannel) // expect: 1, 1, 1
Trace(&c1.nID <> &c1) // expect: 1
// an element's address: each element its own, the array's apart
arrN is array of 3 int
Trace(&arrN[1] <> &arrN[2], &arrN[2] = &arrN[2], &arrN[1] <> &arrN) // expect: 1, 1, 1
STPoint is Structure
	nX is int
	nY is int
END
p1, p2 are STPoint
Trace(&p1.nX <> &p2.nX, &p1.nX <> &p1.nY, &p1.nX = &p1.nX) // expect: 1, 1, 1

PROCEDURE CClient::Constructor(sChannelGiven is string)
:nID = &:nID
:sChannel = sChannelGiven
