// Help page "JSON (Type of variable)" (?1000023611): a date assigned to a JSON variable
// "is converted into a string in RFC format"; help page "Buffer (Type of variable)"
// (?1514042): "Buffer variables are encoded in base64 in JSON". The page shows no
// converted value: RFC 3339's form is our reading (docs/builtins.md "The JSON type").
dDate is Date = "20240115"
tTime is Time = "103000"
dtMoment is DateTime = "20240115103000000"
bufData is Buffer = "ABC"
vJSON is JSON
vJSON = dDate
Trace(JSONToString(vJSON))              // expect: "2024-01-15"
vJSON = bufData
Trace(JSONToString(vJSON))              // expect: "QUJD"
vInit is JSON = dtMoment
Trace(JSONToString(vInit))              // expect: "2024-01-15T10:30:00"
// the same values assigned to members
Order is JSON
Order.Date = dDate
Order.Time = tTime
Order.Moment = dtMoment
Order.Data = bufData
Trace(JSONToString(Order))              // expect: {"Date":"2024-01-15","Time":"10:30:00","Moment":"2024-01-15T10:30:00","Data":"QUJD"}
Trace(Order.Date)                       // expect: 2024-01-15
// a text holding digits stays that text
Order.Code = "20240115"
Trace(Order.Code)                       // expect: 20240115
