// Results stated by PC SOFT's help pages (facts only; page ids on doc.windev.com /
// help.windev.com): NumToString ?3024024, Round ?3050063, WeekNumber ?3027027,
// DateToWeekNumber ?3027011 and <Date>.ToWeekNumber ?1000024160, string operators ?1512001
Trace("[" + NumToString(123) + "]", "[" + NumToString(1.23) + "]") // expect: [123], [1.23]
Trace("[" + NumToString(12345.5, "+10.2f") + "]") // expect: [ +12345.50]
Trace("[" + NumToString(12345.5, "-+10.2f") + "]") // expect: [+12345.50 ]
Trace("[" + NumToString(12345.5, "+010.2f") + "]") // expect: [+012345.50]
Trace("[" + NumToString(12345.5, "010.2f") + "]") // expect: [0012345.50]
Trace("[" + NumToString(12345.5, "10.2fS") + "]") // expect: [ 12 345.50]
Trace("[" + NumToString(12345.5, "10,2fS") + "]") // expect: [ 12 345,50]
Trace(NumToString(123, "05d")) // expect: 00123
Trace(Round(-16.238167, 2)) // expect: -16.24
Trace(WeekNumber("20010818"), WeekNumber("20010210")) // expect: 33, 6
Trace(WeekNumber("20081223"), WeekNumber("20081229"), WeekNumber("20100101"), WeekNumber("20100104")) // expect: 52, 53, 0, 1
Trace(WeekNumber("20010818", iso8601), WeekNumber("20010210", iso8601)) // expect: 33, 6
Trace(WeekNumber("20081223", iso8601), WeekNumber("20081229", iso8601), WeekNumber("20100101", iso8601), WeekNumber("20100104", iso8601)) // expect: 52, 1, 53, 1
Trace(DateToWeekNumber("20011225")) // expect: 52
d is Date = "20011225"
Trace(d.ToWeekNumber()) // expect: 52
Text is string = "San Francisco"
Trace(Text[[5]], Text[[5 TO 10]], Text[[5 TO]], Text[[TO 10]], Text[[10 ON 4]]) // expect: F, Franci, Francisco, San Franci, isco
IF Text [= "San" THEN Trace(Text + " and New York") // expect: San Francisco and New York
