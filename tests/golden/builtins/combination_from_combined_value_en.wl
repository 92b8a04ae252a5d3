// CombinationFromValue of a value that sums several options' associated values gives
// the combination of those options (PC SOFT's CProductPhoto reads a stored role so)
COMB_PhotoRole is Combination
	Default_Photo = 1
	Photo_Front = 2
	Photo_Back = 16
END
coRole is COMB_PhotoRole = CombinationFromValue(COMB_PhotoRole, 17)
Trace(coRole[Default_Photo], coRole[Photo_Front], coRole[Photo_Back]) // expect: 1, 0, 1
coRole = CombinationFromValue(COMB_PhotoRole, 16)
Trace(coRole[Default_Photo], coRole[Photo_Back]) // expect: 0, 1
coRole = CombinationFromValue(COMB_PhotoRole, 0)
Trace(coRole[Default_Photo], coRole[Photo_Front], coRole[Photo_Back]) // expect: 0, 0, 0
COMB_Plain is Combination
	First, Second, Third
END
cp is COMB_Plain = CombinationFromValue(COMB_Plain, 5)
Trace(cp[First], cp[Second], cp[Third]) // expect: 1, 0, 1
Trace(CombinationFromValue(COMB_PhotoRole, 4)) // expect error: 4 is not a value of the combination COMB_PhotoRole
