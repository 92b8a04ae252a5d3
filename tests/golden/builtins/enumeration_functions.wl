// EnumerationFromName/FromValue/CheckName/CheckValue, CombinationFromName/FromValue/
// CheckName: a stored name or value back into the type (docs/builtins.md)
Shipping is Enumeration
	Post
	Courier = "C"
	Pickup = 7
END
COMB_Role is Combination
	Front
	Back
	Detail
END
s is Shipping = EnumerationFromName(Shipping, "courier")
Trace(s, s..Value, s = Courier) // expect: Courier, C, 1
Trace(EnumerationFromValue(Shipping, 7), EnumerationFromValue(Shipping, "C")) // expect: Pickup, Courier
Trace(EnumerationFromValue(Shipping, 1)) // expect: Post
Trace(EnumerationCheckName(Shipping, "PICKUP"), EnumerationCheckName(Shipping, "Drone")) // expect: 1, 0
Trace(EnumerationCheckValue(Shipping, "C"), EnumerationCheckValue(Shipping, 2)) // expect: 1, 0
r is COMB_Role = CombinationFromName(COMB_Role, "Back")
Trace(r, r[Back], r[Front]) // expect: Back, 1, 0
StoredRole is int = 5 // what a Combination item of a data file holds
r = CombinationFromValue(COMB_Role, StoredRole)
Trace(r[Front], r[Back], r[Detail]) // expect: 1, 0, 1
Trace(CombinationCheckName(COMB_Role, "detail"), CombinationCheckName(COMB_Role, "Side")) // expect: 1, 0
Trace(CombinationFromValue(COMB_Role, 0)) // expect: 0
Trace(CombinationFromValue(COMB_Role, 8)) // expect error: 8 is not a value of the combination COMB_Role
