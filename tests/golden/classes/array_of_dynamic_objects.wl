// `array of CClass dynamic`: the elements are dynamic objects, held by reference (help
// "Dynamic instantiation of object" ?6010003: freed when no longer used). Adding one does
// not copy it, and the destructor runs once, when the object goes (before, ArrayAdd made
// a copy: the destructor ran at once for the object created by `new`, then for the copy)
CTicket is Class
	m_nNum is int
	GLOBAL
		gnOpen is int
END
arrTickets is array of CTicket dynamic
arrTickets.Add(new CTicket(1))
ArrayAdd(arrTickets, new CTicket(2))
Trace(CTicket::gnOpen, arrTickets.Count) // expect: 2, 2
t is CTicket dynamic = new CTicket(3)
ArrayAdd(arrTickets, t)
t.m_nNum = 30
Trace(arrTickets[3].m_nNum) // expect: 30
arrCopy is array of CTicket dynamic
arrCopy <= arrTickets // a copy of the array: the same objects
arrCopy[1].m_nNum = 10
Trace(arrTickets[1].m_nNum, CTicket::gnOpen) // expect: 10, 3
empty is array of 2 CTicket dynamic
Trace(empty[1] = Null) // expect: 1
byCode is associative array of CTicket dynamic
byCode["T3"] = t
t.m_nNum = 33
Trace(byCode["T3"].m_nNum) // expect: 33
ArrayDelete(arrTickets, 1)
Trace("still in arrCopy") // expect: still in arrCopy
ArrayDelete(arrCopy, 1)
// expect: closing 10
ArrayDeleteAll(arrTickets)
ArrayDeleteAll(arrCopy)
// expect: closing 2
ArrayDelete(byCode, "T3")
Trace("t still held") // expect: t still held
delete t
// expect: closing 33
Trace(CTicket::gnOpen) // expect: 0
PROCEDURE CTicket::Constructor(n is int)
m_nNum = n
CTicket::gnOpen++
PROCEDURE CTicket::Destructor()
Trace("closing " + m_nNum)
CTicket::gnOpen--
