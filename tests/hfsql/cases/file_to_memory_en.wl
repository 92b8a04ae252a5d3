// FileToMemory / MemoryToFile: a class's or structure's members and the current record
// (no stored page: decided, docs/builtins.md "FileToMemory, MemoryToFile")
FOR EACH s OF ["Dupont", "Martin"]
	HReset(Customer)
	Customer.Name = s
	Customer.City = "Lyon"
	Customer.Balance = 12.5
	HAdd(Customer)
END
c is CCustomer
c.Load(2)
// linked by <mapping=...> (quoted or not, any case), else by the member's own name
Trace(c.m_nID, c.m_sName, c.City, c.m_cyBalance) // expect: 2, Martin, Lyon, 12.5
// a member linked to no item, a GLOBAL member, an array member: left alone
Trace(c.m_sNote, ArrayCount(c.m_tabTags), CCustomer::ms_nLoaded) // expect: kept, 0, 1
c.City = "Paris"
c.m_sNote = "not an item"
Trace(c.Save()) // expect: 1
HReadSeekFirst(Customer, CustomerID, 2)
Trace(Customer.Name, Customer.City) // expect: Martin, Paris
// a derived class: its ancestor's members are linked too
v is CVip
HReadSeekFirst(Customer, CustomerID, 1)
FileToMemory(v, Customer)
Trace(v.m_nID, v.m_sName, v.VIP) // expect: 1, Dupont, 0
// a structure; MemoryToFile only fills the buffer: HAdd writes it
Row is Structure
	Name is string
	Town is string <MAPPING = "City">
	Extra is int
END
r is Row
Trace(FileToMemory(r, Customer), r.Name, r.Town, r.Extra) // expect: 1, Dupont, Lyon, 0
HReset(Customer)
r.Name = "Durand"
r.Town = "Nice"
Trace(MemoryToFile(r, Customer), Customer.Name, Customer.City, HNbRec(Customer)) // expect: 1, Durand, Nice, 2
HAdd(Customer)
Trace(HNbRec(Customer)) // expect: 3
// FileToArray links an element's members the same way
rows is array of CCustomer
Trace(FileToArray(rows, Customer), ArrayCount(rows), rows[1].m_sName, rows[3].City, rows[2].m_nID) // expect: 1, 3, Dupont, Nice, 2
n is int
FileToMemory(n, Customer) // expect error: FileToMemory: a structure or object variable is expected

CCustomer is Class
	m_nID is 8-byte int <mapping="CustomerID">
	m_sName is string <mapping=Name>
	City is string
	m_cyBalance is currency <Mapping="BALANCE">
	m_sNote is string = "kept"
	m_tabTags is array of string
GLOBAL
	ms_nLoaded is int
END

CVip is Class
	inherits from CCustomer
	VIP is boolean
END

PROCEDURE CCustomer::Load(nID is 8-byte int)
HReadSeekFirst(Customer, CustomerID, nID)
FileToMemory(object, Customer)
ms_nLoaded++

PROCEDURE CCustomer::Save()
MemoryToFile(object, Customer)
RESULT HModify(Customer)
