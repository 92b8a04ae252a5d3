// A member's age on a given date, born on 29 February or the day before a birthday: by
// hand (year, month, day) and with the Age function
dBorn is Date = "20000229"
Trace(AgeOn(dBorn, "20230228"), AgeOn(dBorn, "20230301"))
Trace(AgeOn(dBorn, "20240228"), AgeOn(dBorn, "20240229"))
dPaul is date = "19851015"
Trace(AgeOn(dPaul, "20251014"), AgeOn(dPaul, "20251015"))
Trace(AgeByFunction(dBorn, "20230228"), AgeByFunction(dBorn, "20230301"), AgeByFunction(dBorn, "20240229"))
Trace(AgeByFunction(dPaul, "20251014"), AgeByFunction(dPaul, "20251015"))
Trace(Age(dPaul, "20251014"))
// the birthday in a year that is not a leap year
dBirthday is Date = dBorn
dBirthday..Year = 2025
Trace(DateToString(dBirthday), DateValid(dBirthday), DateValid("20250229"))
// in 2025, one year older on 1 March
Trace(AgeOn(dBorn, "20250228"), AgeOn(dBorn, "20250301"))
// expect: 22, 23
// expect: 23, 24
// expect: 39, 40
// expect: 22, 23, 24
// expect: 39, 40
// expect: 00391129
// expect: 28/02/2025, 1, 0
// expect: 24, 25

PROCEDURE AgeOn(LOCAL dBirth is Date, LOCAL dOn is Date = Today())
nAge is int = dOn..Year - dBirth..Year
// no birthday yet this year?
IF dOn..Month < dBirth..Month OR (dOn..Month = dBirth..Month AND dOn..Day < dBirth..Day) THEN
	nAge--
END
RESULT nAge

PROCEDURE AgeByFunction(dBirth is Date, dOn is Date) : int
RESULT Val(Left(Age(dBirth, dOn), 4))
