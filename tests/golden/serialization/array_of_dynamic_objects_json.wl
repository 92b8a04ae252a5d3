// Deserialize, a JSON value and CSVToArray fill an `array of CClass dynamic` with new
// objects (its elements are references, Null until given one: docs/semantics.md,
// "Destructors and dynamic objects")
CLine is Class
	ref is string
	qty is int
END
COrder is Class
	num is string
	lines is array of CLine dynamic
END
o is COrder
Deserialize(o, "{""num"":""C1"",""lines"":[{""ref"":""A"",""qty"":2},{""ref"":""B"",""qty"":5}]}", psdJSON)
Trace(o.num, o.lines.Count, o.lines[2].ref, o.lines[2].qty) // expect: C1, 2, B, 5
s is string
Serialize(o, s, psdJSON)
Trace(s) // expect: {"num":"C1","lines":[{"ref":"A","qty":2},{"ref":"B","qty":5}]}
arrLines is array of 2 CLine dynamic
Serialize(arrLines, s, psdJSON)
Trace(s) // expect: [null,null]
Deserialize(arrLines, "[{""ref"":""X"",""qty"":1}, null]", psdJSON)
Trace(arrLines.Count, arrLines[1].ref, arrLines[2] = Null) // expect: 2, X, 1
j is JSON = "{""num"":""C2"",""lines"":[{""ref"":""Z"",""qty"":3}]}"
o2 is COrder = j
Trace(o2.num, o2.lines[1].ref) // expect: C2, Z
fromCSV is array of CLine dynamic
CSVToArray("P;4" + CR + "Q;6", fromCSV)
Trace(fromCSV.Count, fromCSV[2].ref, fromCSV[2].qty) // expect: 2, Q, 6
