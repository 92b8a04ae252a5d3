// A JSON null given by Deserialize to a Date, Time or DateTime member empties it, as it
// gives 0 to a number and "" to a string (no error: null is "no value"); an enumeration
// member refuses null, none of its values being empty. An enumeration declared with a
// class (after its END, in its declaration code) is checked as a global one.
STItem is Structure
	dDay is Date
	dtAt is DateTime
	tAt is Time
	sName is string
	nQty is int
END
stItem is STItem
stItem.dDay = "20240228"
stItem.dtAt = "20240115103000"
stItem.tAt = "1030"
stItem.sName = "bolt"
stItem.nQty = 4
Deserialize(stItem, "{""dDay"":null,""dtAt"":null,""tAt"":null,""sName"":null,""nQty"":null}", psdJSON)
Trace(ErrorOccurred) // expect: 0
Trace("[" + stItem.dDay + "]", "[" + stItem.dtAt + "]", "[" + stItem.tAt + "]") // expect: [], [], []
Trace("[" + stItem.sName + "]", stItem.nQty) // expect: [], 0
Trace(DateValid(stItem.dDay), stItem.dDay = "") // expect: 0, 1
CHolder is Class
	eShade is Shade2
END
Shade2 is Enumeration
	Pale
	Deep
END
h is CHolder
Deserialize(h, "{""eShade"":""deep""}", psdJSON)
Trace(ErrorOccurred, h.eShade) // expect: 0, Deep
Deserialize(h, "{""eShade"":""Nope""}", psdJSON)
Trace(ErrorOccurred, h.eShade) // expect: 1, Deep
Trace(ErrorInfo()) // expect: Deserialize: the member eShade of CHolder: "Nope" is not a value of the enumeration Shade2 (Pale, Deep).
Deserialize(h, "{""eShade"":null}", psdJSON)
Trace(ErrorOccurred, h.eShade) // expect: 1, Deep
Trace(ErrorInfo()) // expect: Deserialize: the member eShade of CHolder: null is not a value of the enumeration Shade2 (Pale, Deep).
