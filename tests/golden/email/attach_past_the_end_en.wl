// An element of Attach holding no attachment reads as "", and its emailAttach members
// stop saying so (docs/email.md; it said "A string has no property 'Name'")
m is Email
m.Attach[1] = "report.txt"
Trace(ArrayCount(m.Attach), m.Attach[3] = "", Length(m.Attach[2]))   // expect: 1, 1, 0
Trace(m.Attach[1].Name)                                              // expect: report.txt
WHEN EXCEPTION IN
    Trace(m.Attach[3].Name)
DO
    Trace(ExceptionInfo())   // expect: Attach[3] holds no attachment (the message has 1 element(s) in Attach): it has no 'Name'.
END
m.Attach[2].ContentType = "text/plain"   // expect error: Attach[2] holds no attachment (the message has 1 element(s) in Attach): it has no 'ContentType'.
