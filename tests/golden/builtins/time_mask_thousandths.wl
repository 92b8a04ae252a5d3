// CCC in a time mask is the thousandths: a DateTime keeps them (its time part is
// HHMMSSCCC), a Time holds hundredths (its thousandths digit is 0); it wrote "12C".
dt is DateTime = "20011212153050123"
Trace(DateTimeToString(dt, "HH:MM:SS:CCC")) // expect: 15:30:50:123
Trace(DateTimeToString(dt, "HH:MM:SS:CC")) // expect: 15:30:50:12
Trace(dt.ToString("DD/MM/YYYY HH:MM:SS:CCC")) // expect: 12/12/2001 15:30:50:123
Trace(DateTimeToString(dt)) // expect: 12/12/2001 15:30:50:12
t is Time = "15305012"
Trace(TimeToString(t, "HH:MM:SS:CCC"), TimeToString(t)) // expect: 15:30:50:120, 15:30:50:12
Trace(TimeToString("153050123", "HH:MM:SS:CCC")) // expect: 15:30:50:123
