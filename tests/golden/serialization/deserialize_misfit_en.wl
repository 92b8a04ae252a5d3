// A value that does not fit its typed member is refused by Deserialize (decided:
// docs/semantics.md "Deserialize refuses a value its member cannot hold"): ErrorOccurred,
// ErrorInfo names the member and the value, the variable is unchanged. Before, a Date
// member kept "not a date" or "20240230", a DateTime 12345, an enumeration "Nope" or 5.
Color is Enumeration
	Red
	Green
END
STItem is Structure
	dDay is Date
	dtAt is DateTime
	eColor is Color
END
stItem is STItem
Deserialize(stItem, "{""dDay"":""2024-02-28"",""dtAt"":""2024-01-15T10:30:00"",""eColor"":""green""}", psdJSON)
Trace(ErrorOccurred, stItem.dDay, stItem.dtAt, stItem.eColor = Green) // expect: 0, 20240228, 20240115103000000, 1
Deserialize(stItem, "{""dDay"":""not a date""}", psdJSON)
Trace(ErrorOccurred, stItem.dDay) // expect: 1, 20240228
Trace(ErrorInfo()) // expect: Deserialize: the member dDay of STItem: "not a date" is not a valid Date (DateValid gives False for it).
Deserialize(stItem, "{""dDay"":""20240230""}", psdJSON)
Trace(ErrorOccurred, stItem.dDay) // expect: 1, 20240228
Deserialize(stItem, "{""dtAt"":12345}", psdJSON)
Trace(ErrorOccurred, stItem.dtAt) // expect: 1, 20240115103000000
Trace(ErrorInfo()) // expect: Deserialize: the member dtAt of STItem: 12345 is not a DateTime (a text is expected).
Deserialize(stItem, "{""eColor"":""Nope""}", psdJSON)
Trace(ErrorOccurred, stItem.eColor) // expect: 1, Green
Trace(ErrorInfo()) // expect: Deserialize: the member eColor of STItem: "Nope" is not a value of the enumeration Color (Red, Green).
Deserialize(stItem, "{""eColor"":5}", psdJSON)
Trace(ErrorOccurred, stItem.eColor) // expect: 1, Green
arrDays is array of Date
Deserialize(arrDays, "[""2024-01-01"",""x""]", psdJSON)
Trace(ErrorOccurred, arrDays.Count) // expect: 1, 0
