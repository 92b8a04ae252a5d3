// DateValid ?3027003 (the French page; this English twin written from it): its examples
// as written, its range ("from 01 January 0001 to 31 December 9999") and the kinds of
// dates it takes (a YYYYMMDD string, a Date or DateTime variable).
Res is boolean
Res = DateValid("20011225")  // Res returns True
Trace(Res) // expect: 1
Res = DateValid("20012512")  // Res returns False
Trace(Res) // expect: 0
Res = DateValid("2001")      // Res returns False
Trace(Res) // expect: 0
Res = DateValid("14821225")  // Res returns True
Trace(Res) // expect: 1
Trace(DateValid("00010101"), DateValid("99991231"), DateValid("20010229"), DateValid("20000229")) // expect: 1, 1, 0, 1
Trace(DateValid("15821004"), DateValid("15821005"), DateValid("15821014"), DateValid("15821015")) // expect: 1, 0, 0, 1
dStart is Date = "20011225"
dtMeeting is DateTime = "20011225103000"
Trace(DateValid(dStart), DateValid(dtMeeting)) // expect: 1, 1
// Decided (docs/semantics.md "The calendar before 1582"): the Gregorian calendar
// extended before 1582, its leap years included (the page does not give the rule).
Trace(DateValid("15000229"), DateValid("16000229")) // expect: 0, 1
