// Date, Time and DateTime members in Serialize (JSON and XML), VariantToJSON and a JSON
// variable: RFC 3339 text, as the JSON type page (?1000023611) says a date assigned to
// a JSON variable becomes ("a string in RFC format"); read back by Deserialize and by a
// structure assigned from JSON (decision: docs/builtins.md "Serialization").
STRUCTURE Visit
    Who is string
    Day is Date
    At is Time
    Arrival is DateTime
    Days is array of Date
END
v is Visit
v.Who = "Ann"
v.Day = "20240115"
v.At = "1030"
v.Arrival = "20240115103000250"
Add(v.Days, "20240201")
s is string
Serialize(v, s, psdJSON)
Trace(s)    // expect: {"Who":"Ann","Day":"2024-01-15","At":"10:30:00","Arrival":"2024-01-15T10:30:00.250","Days":["2024-02-01"]}
Trace(VariantToJSON(v) = s)    // expect: 1
back is Visit
Deserialize(back, s, psdJSON)
Trace(back.Day, back.Day..Month, back.At..Minute, back.Arrival..Millisecond, back.Days[1]..Day)    // expect: 20240115, 1, 30, 250, 1
x is string
Serialize(v, x, psdXML)
Trace(x)    // expect: <Visit><Who>Ann</Who><Day>2024-01-15</Day><At>10:30:00</At><Arrival>2024-01-15T10:30:00.250</Arrival><Days><item>2024-02-01</item></Days></Visit>
fromXML is Visit
Deserialize(fromXML, x, psdXML)
Trace(fromXML.Day + 1)    // expect: 20240116
// WINDEV's own digits are read too
digits is Visit
Deserialize(digits, "{""Day"":""20240310"",""At"":""0815""}", psdJSON)
Trace(digits.Day..Day, digits.At..Hour)    // expect: 10, 8
// a JSON variable assigned a structure, and a structure assigned a JSON variable
j is JSON = v
Trace(j.Day, j.Arrival)    // expect: 2024-01-15, 2024-01-15T10:30:00.250
other is Visit = j
Trace(other.Day..Year, other.At)    // expect: 2024, 10300000
// Today() gives a text ("YYYYMMDD"), not a Date: stored as that text (docs/builtins.md)
j.Checked = Today()
Trace(Length(j.Checked), Position(j.Checked, "-"))    // expect: 8, 0
d is Date = Today()
j.Checked = d
Trace(Length(j.Checked), Position(j.Checked, "-"))    // expect: 10, 5
