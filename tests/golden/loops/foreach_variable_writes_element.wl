// FOR EACH: a value written to the loop variable goes into the element, as PC SOFT's own
// e-commerce component relies on (SET_ECommerce.BasketDeleteProduct: `FOR EACH nRank OF
// gstBasket.aaProduct` then `nRank--` "refreshes the indexes in the associative array").
aaRank is associative array of int
aaRank["P10"] = 1 ; aaRank["P20"] = 2 ; aaRank["P30"] = 3
nRemoved is int = aaRank["P20"]
ArrayDelete(aaRank, "P20")
FOR EACH nRank OF aaRank
	IF nRank > nRemoved THEN
		nRank--
	END
END
FOR EACH nRank, sRef OF aaRank
	Trace(sRef + " -> " + nRank)
END
// expect: P10 -> 1
// expect: P30 -> 2

arrQty is array of int = [3, 0, 7, 2]
FOR EACH nQty, i OF arrQty
	IF nQty = 0 THEN CONTINUE	// the element keeps its value
	nQty = nQty * 10
	IF i = 3 THEN BREAK		// written back before leaving the loop
END
Trace(ArrayToString(arrQty, ";"))
// expect: 30;0;70;2

arrLabel is array of strings = ["pallet", "film"]
FOR EACH sLabel OF arrLabel WHERE sLabel <> "film"
	sLabel = Upper(sLabel)
END
Trace(ArrayToString(arrLabel, ";"))
// expect: PALLET;film

// a loop whose body only reads the variable leaves the array as it was
nTotal is int
FOR EACH nQty OF arrQty
	nTotal += nQty
END
Trace(nTotal)
// expect: 102
