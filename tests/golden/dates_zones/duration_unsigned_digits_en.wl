// A Duration given more than nine digits without a sign reads them as the page's
// "+DHHMMSSCCC" form, the sign left out (INFERRED, docs/semantics.md "A Duration's
// digits without a sign"; ?1514069 writes the sign): "0013000000" is 1 h 30 min. They
// were read as a time's digits: "0000230000000" gave 23 s. Nine digits or fewer are
// still a time's (HHMM, HHMMSS, HHMMSSCC, HHMMSSCCC).
duDelay is Duration = "0013000000"
Trace(duDelay..InMinutes) // expect: 90
duDelay = "0000230000000"
Trace(duDelay..InHours) // expect: 23
duDelay = "2013000500"
Trace(duDelay..Day, duDelay..Hour, duDelay..Minute, duDelay..Millisecond) // expect: 2, 1, 30, 500
duDelay = "0130"
Trace(duDelay..InMinutes) // expect: 90
Trace(duDelay = "0013000000") // expect: 1
