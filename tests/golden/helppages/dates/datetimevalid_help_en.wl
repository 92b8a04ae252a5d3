// DateTimeValid ?1000020940: its examples as written, and its rule "The date is between
// October 5, 1582, and October 14, 1582, inclusive" (the days the change to the
// Gregorian calendar skipped: a date-time then is invalid; those dates were accepted)
Res is boolean
Res = DateTimeValid("2001122523122222") // Res returns True
Trace(Res) // expect: 1
Res = DateTimeValid("200125122312")   // Res returns False
Trace(Res) // expect: 0
Res = DateTimeValid("200123")       // Res returns False
Trace(Res) // expect: 0
Res = DateTimeValid("1482122524")   // Res returns False
Trace(Res) // expect: 0
Trace(DateTimeValid("15821004235959"), DateTimeValid("15821005000000"), DateTimeValid("15821014120000"), DateTimeValid("15821015000000")) // expect: 1, 0, 0, 1
// DateValid, the same days (INFERRED: its page is not in the stored copy)
Trace(DateValid("15821004"), DateValid("15821010"), DateValid("15821015")) // expect: 1, 0, 1
