// ArrayInsert / Insert on an associative array: the key then the value, as ArrayAdd
// (decided, no stored page); real server code registers its clients so:
// clients.Insert(client.id, client). The result is the number of elements.
CClient is a Class
	id is int
	name is string
END
Clients is associative array of CClient dynamic
c is CClient dynamic = new CClient
c.id = 12 ; c.name = "north"
Trace(Clients.Insert(c.id, c))          // expect: 1
d is CClient dynamic = new CClient
d.id = 40 ; d.name = "south"
Trace(ArrayInsert(Clients, d.id, d))    // expect: 2
Trace(Clients[40].name, Clients[12].name) // expect: south, north
// an existing key: its value is replaced
Rates is associative array of real
ArrayInsert(Rates, "eur", 1)
Trace(ArrayInsert(Rates, "eur", 1.08), Rates["eur"]) // expect: 1, 1.08
// without the value: the element type's empty value
Trace(Insert(Rates, "usd"), Rates["usd"]) // expect: 2, 0
// an ordinary array still takes a rank
t is array of strings = ["a", "c"]
Trace(ArrayInsert(t, 2, "b"), ArrayToString(t, "")) // expect: 2, abc
