// ArraySort of Variants holding Null and values of mixed kinds (decided, no stored page
// orders them: docs/builtins.md ArraySort): Null first, then numbers (a boolean as 0 or
// 1), then texts, each kind in its order; descending the other way, Null last.
// Null sorted as "": after every number, among the texts.
arrMixed is array of Variant
ArrayAdd(arrMixed, 3)
ArrayAdd(arrMixed, Null)
ArrayAdd(arrMixed, "abc")
ArrayAdd(arrMixed, 1.5)
ArrayAdd(arrMixed, Null)
ArrayAdd(arrMixed, "10")
ArrayAdd(arrMixed, True)
ArraySort(arrMixed)
sLine is string
FOR EACH vElement OF arrMixed
	sLine += [";"] + (vElement = Null ? "Null" ELSE vElement)
END
Trace(sLine) // expect: Null;Null;1;1.5;3;10;abc
ArraySort(arrMixed, asDescending)
sLine = ""
FOR EACH vElement OF arrMixed
	sLine += [";"] + (vElement = Null ? "Null" ELSE vElement)
END
Trace(sLine) // expect: abc;10;3;1.5;1;Null;Null
// numbers with Null: Null first (it came after 9)
arrAmounts is array of Variant = [5, Null, -2, 9]
ArraySort(arrAmounts)
Trace(arrAmounts[1] = Null, arrAmounts[2], arrAmounts[3], arrAmounts[4]) // expect: 1, -2, 5, 9
// texts with Null: Null before the empty text
arrNames is array of Variant = ["b", "", Null, "a"]
ArraySort(arrNames)
Trace(TypeVar(arrNames[1]), TypeVar(arrNames[2]), arrNames[3], arrNames[4]) // expect: 0, 16, a, b
// a member holding Null in an array of structures, and a column of a two-dimensional array
STCustomer is Structure
	sName is string
	vLastOrder is Variant
END
arrCustomers is array of STCustomer
stC is STCustomer
stC.sName = "Martin"; stC.vLastOrder = 250
ArrayAdd(arrCustomers, stC)
stC.sName = "Dupont"; stC.vLastOrder = Null
ArrayAdd(arrCustomers, stC)
stC.sName = "Durand"; stC.vLastOrder = 80
ArrayAdd(arrCustomers, stC)
ArraySort(arrCustomers, asMember, "vLastOrder")
Trace(arrCustomers[1].sName, arrCustomers[2].sName, arrCustomers[3].sName) // expect: Dupont, Durand, Martin
ArraySort(arrCustomers, asMember, "-vLastOrder")
Trace(arrCustomers[1].sName, arrCustomers[3].sName) // expect: Martin, Dupont
arrGrid is array of 3 by 2 Variant
arrGrid[1, 1] = "x"; arrGrid[1, 2] = 7
arrGrid[2, 1] = "y"; arrGrid[2, 2] = Null
arrGrid[3, 1] = "z"; arrGrid[3, 2] = 2
ArraySort(arrGrid, asColumn, "2")
Trace(arrGrid[1, 1], arrGrid[2, 1], arrGrid[3, 1]) // expect: y, z, x
