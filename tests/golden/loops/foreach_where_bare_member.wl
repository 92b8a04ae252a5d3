// FOR EACH ... WHERE with the bare name of a member of the array's structure reads that
// member of each element, as SORTED BY does (INFERRED, docs/semantics.md "SORTED BY a
// bare member"). It was a warning ("not declared") and a loop that ran no element.
// A name the program declares stays its variable; a called procedure stays a call.
STRUCTURE Item
    nID is int
    sLabel is string
    mPrice is currency
END
arrItems is array of Item
it is Item
it.nID = 1; it.sLabel = "Screw"; it.mPrice = 0.5; ArrayAdd(arrItems, it)
it.nID = 2; it.sLabel = "Nut"; it.mPrice = 0.2; ArrayAdd(arrItems, it)
it.nID = 3; it.sLabel = "Bolt"; it.mPrice = 1.5; ArrayAdd(arrItems, it)
FOR EACH x OF arrItems WHERE nID = 2
    Trace(x.sLabel)   // expect: Nut
END
FOR EACH x OF arrItems WHERE mPrice > 0.3 AND Length(sLabel) > 4 SORTED BY -mPrice
    Trace(x.sLabel)   // expect: Screw
END
nWanted is int = 3
FOR EACH x OF arrItems WHERE x.nID = nWanted OR Cheap(x)
    Trace(x.sLabel)
END
// expect: Nut
// expect: Bolt

PROCEDURE Cheap(i is Item)
RESULT i.mPrice < 0.3
