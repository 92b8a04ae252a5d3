// A JSON member read but never written is Null wherever a value is needed: "" as text,
// 0 as a number, False as a boolean (it was "{}" as text and an error as a number or a
// boolean: `IF line.promo THEN` failed on the lines without "promo"); it is still created
// by a write, and ..Exist still tells it apart
jOrder is JSON = "{""lines"":[{""qty"":2},{""qty"":1,""promo"":true}]}"
FOR EACH jLine OF jOrder.lines
	IF jLine.promo THEN Trace("promo") ELSE Trace("full price")
END
// expect: full price
// expect: promo
Trace("[" + jOrder.customer.name + "]") // expect: []
Trace(jOrder.discount + 5) // expect: 5
n is int = jOrder.discount
Trace(n, jOrder.discount..Exist) // expect: 0, 0
sName is string = jOrder.customer.name
Trace(Length(sName)) // expect: 0
jOrder.customer.name = "Ann"
Trace(jOrder.customer.name, jOrder.customer..Exist) // expect: Ann, 1
// = Null and <> Null see it as Null too, as ..Type says wlNull (`= Null` was False: the
// member is a JSON node, not Null itself); a member written with null is Null as well
Trace(jOrder.status = Null, jOrder.status <> Null, jOrder.customer = Null) // expect: 1, 0, 0
vNothing is Variant = Null
Trace(jOrder.status = vNothing, vNothing = jOrder.status) // expect: 1, 1
IF jOrder.lines[1].promo = Null THEN Trace("no promo") // expect: no promo
jNull is JSON = "{""s"":null}"
Trace(jNull.s = Null) // expect: 1
