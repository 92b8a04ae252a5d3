// A Date, Time or DateTime compared with a text: the text is read as storing it into a
// variable of that type reads it (RFC 3339 / ISO 8601 forms, WINDEV's digits), so the
// comparison is of dates, not of texts (decided, docs/semantics.md)
d is Date = "20240115"
Trace(d = "2024-01-15", "2024-01-15" = d, d <> "2024-01-15") // expect: 1, 1, 0
Trace(d = "20240115", d < "2024-02-01", d > "2023-12-31T23:59:00") // expect: 1, 1, 1
s is string = "2024-01-15"
Trace(d = s, d <= s) // expect: 1, 1
IF d IN ("2024-01-14", "2024-01-15") THEN Trace("in") // expect: in
SWITCH d
	CASE "2024-01-15": Trace("case 2024-01-15") // expect: case 2024-01-15
	OTHER CASE: Trace("other")
END
// another text is compared as it is
Trace(d = "15/01/2024") // expect: 0
dt is DateTime = "2024-01-15T10:30:00"
Trace(dt = "2024-01-15T10:30:00", dt = "20240115103000", dt > "2024-01-15") // expect: 1, 1, 1
t is Time = "10:30"
Trace(t = "10:30", t = "10:30:00", t < "10:31", t = "103000") // expect: 1, 1, 1, 1
