// Bill of materials explosion: gross needs of elementary components, by a recursive
// procedure over an associative array of arrays of structures (upper-case keys, read
// ignoring case), a loop found by the depth and reported by ExceptionThrow (method b,
// L 6 Dec 2026: passes as written; French twin: nomenclature_eclatement_fr.wl).
STLink is Structure
	sComponent is string
	rQuantity is real
END
gaaBOM is associative array of arrays of STLink
gaaNeeds is associative array (ccIgnoreCase) of reals

AddLink("BIKE", "FRAME", 1)
AddLink("BIKE", "WHEEL", 2)
AddLink("bike", "saddle", 1)
AddLink("WHEEL", "SPOKE", 36)
AddLink("WHEEL", "RIM", 1)
AddLink("WHEEL", "TYRE", 1)
AddLink("FRAME", "TUBE", 3.5)

Explode("BIKE", 10)
FOR EACH rQty, sComp OF gaaNeeds
	Trace(sComp + " = " + rQty)
END
// expect: TUBE = 35
// expect: SPOKE = 720
// expect: RIM = 20
// expect: TYRE = 20
// expect: SADDLE = 10
Trace(gaaNeeds["spoke"], gaaNeeds.Count) // expect: 720, 5
IF NOT gaaNeeds["FRAME"]..Exist THEN Trace("the frame is an assembly, not a component") // expect: the frame is an assembly, not a component
WHEN EXCEPTION IN
	AddLink("TYRE", "WHEEL", 1)
	Explode("BIKE", 1)
DO
	Trace(ExceptionInfo(errMessage)) // expect: Circular bill of materials at WHEEL
END

PROCEDURE AddLink(LOCAL sParent is string, sChild is string, rQty is real)
sParent = Upper(sParent)
link is STLink
link.sComponent = Upper(sChild)
link.rQuantity = rQty
gaaBOM[sParent].Add(link)

PROCEDURE Explode(sItem is string, rQty is real, nDepth is int = 0)
IF nDepth > 10 THEN
	ExceptionThrow(1, "Circular bill of materials at " + sItem)
END
IF NOT gaaBOM[sItem]..Exist THEN
	gaaNeeds[sItem] += rQty
	RETURN
END
FOR EACH link OF gaaBOM[sItem]
	Explode(link.sComponent, rQty * link.rQuantity, nDepth + 1)
END
