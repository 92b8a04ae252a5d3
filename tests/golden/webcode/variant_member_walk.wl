// A procedure walking a Variant's members (a Firestore SDK class turning a JSON into a
// document does so): a parameter of type VariantMember, `FOR EACH m OF v..Member`, the
// member's ..Name, ..Value and ..Type (what its value is: wlString, wlInt...), TypeVar(m),
// and CASE wlVariantObject / wlVariantArray for named and indexed sub-elements (INFERRED:
// the values ..Type gives them, wlVariant and wlArray). VariantMember was an unknown type
// and both constants undeclared.
order is Variant
order.ref = "A-12"
order.qty = 3
order.client.city = "Lyon"
order.tags[1] = "urgent"
Trace(Describe(order, "order")) // expect: order{ref:16;qty:8;client{city:16;}tags[urgent]}
Trace(wlVariantObject = wlVariant, wlVariantArray = wlArray) // expect: 1, 1
FOR EACH m OF order..Member
	IF m..Name = "qty" THEN Trace(m..Value * 2, TypeVar(m) = wlInt) // expect: 6, 1
END

PROCEDURE Describe(LOCAL node is VariantMember, sName is string)
sOut is string
child is VariantMember
SWITCH node..Type
	CASE wlVariantObject
		sOut = sName + "{"
		FOR EACH child OF node..Member
			sOut += Describe(child, child..Name)
		END
		sOut += "}"
	CASE wlVariantArray
		sOut = sName + "["
		FOR EACH item OF node..Value
			sOut += item
		END
		sOut += "]"
	OTHER CASE
		sOut = sName + ":" + node..Type + ";"
END
RESULT sOut
