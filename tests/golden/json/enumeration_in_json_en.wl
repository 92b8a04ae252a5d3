// An enumeration's value in JSON is its name, its text (decided: docs/semantics.md "An
// enumeration in JSON"), and Deserialize reads it back: VariantToJSON stopped with "a
// value of type enumeration has no JSON form", and Serialize of a structure with an
// enumeration member failed (ErrorOccurred) leaving the buffer empty.
Shipping is Enumeration
	Post
	Courier = "C"
END
STOrder is Structure
	ship is Shipping
	nQty is int
END
stOrder is STOrder
stOrder.ship = Courier
stOrder.nQty = 2
bufOrder is Buffer
Serialize(stOrder, bufOrder, psdJSON)
Trace(bufOrder, ErrorOccurred) // expect: {"ship":"Courier","nQty":2}, 0
stBack is STOrder
Deserialize(stBack, bufOrder, psdJSON)
Trace(stBack.ship, stBack.ship = Courier) // expect: Courier, 1
eShip is Shipping = Post
arrShips is array of Shipping = [Post, Courier]
Trace(VariantToJSON(eShip), VariantToJSON(arrShips)) // expect: "Post", ["Post","Courier"]
