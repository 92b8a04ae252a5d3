// FOR EACH: the loop variable is the element itself, not a copy (INFERRED, docs/semantics.md
// "FOR EACH: the variable designates the element"): a write to it changes the array, for a
// simple array, an array of structures (a member or the whole structure) and an associative array.
arrDays is array of int = [1, 2, 3]
FOR EACH nDay OF arrDays
	nDay = nDay + 1
END
Trace(ArrayToString(arrDays, ";")) // expect: 2;3;4
STLine is Structure
	nQty is int
	sRef is string
END
arrLines is array of STLine
stL is STLine
stL.nQty = 5 ; stL.sRef = "A"
Add(arrLines, stL)
stL.nQty = 6 ; stL.sRef = "B"
Add(arrLines, stL)
stNew is STLine
stNew.nQty = 99 ; stNew.sRef = "Z"
FOR EACH stE OF arrLines
	stE.nQty = stE.nQty * 2
	IF stE.sRef = "B" THEN stE = stNew
END
stNew.nQty = 100	// the element received a copy of stNew's value
Trace(arrLines[1].nQty, arrLines[2].nQty, arrLines[2].sRef) // expect: 10, 99, Z
aaStock is associative array of int
aaStock["P1"] = 1 ; aaStock["P2"] = 2
FOR EACH nStock OF aaStock
	nStock += 10
END
Trace(aaStock["P1"], aaStock["P2"]) // expect: 11, 12
aaLines is associative array of STLine
aaLines["k"] = stL
FOR EACH stE OF aaLines
	stE.sRef = "K"
END
Trace(aaLines["k"].sRef, stL.sRef) // expect: K, B
