// Strings and dates completed against their family pages (English names)
Trace(StringReverse("abc"), StringInsert("Hllo", "e", 2), StringInsert("ab", "c", 3)) // expect: cba, Hello, abc
Trace(StringIncrement("INV0099"), StringIncrement("A9"), StringIncrement("X"), StringIncrement("N005", 10)) // expect: INV0100, A10, X1, N015
Trace(ExtractLine("a" + CR + "b" + CR + "c", 2), ExtractLine("a", 2) = EOT) // expect: b, 1
Trace(ExtractStringBetween("<b>bold</b> and <b>more</b>", "<b>", "</b>")) // expect: bold
Trace(ExtractStringBetween("<b>bold</b> and <b>more</b>", "<B>", "</B>", ccIgnoreCase, 2)) // expect: more
Trace(Yesterday("20250301"), Tomorrow("20241231")) // expect: 20250228, 20250101
Trace(LeapYear(2000), LeapYear(1900), LeapYear(2024)) // expect: 1, 0, 1
Trace(TimeValid("2359"), TimeValid("2460"), DateTimeValid("20250228123000"), DateTimeValid("20250229123000")) // expect: 1, 0, 1, 0
Trace(StringToDate("25/12/2024"), StringToDate("2024-12-25", "YYYY-MM-DD"), StringToDate("1/2/99", "DD/MM/YY")) // expect: 20241225, 20241225, 19990201
Trace(StringToDate("31/02/2024") = "", StringToDate("hello") = "") // expect: 1, 1
Trace(StringToTime("14:05:09"), StringToTime("7h30", "HHhMM"), StringToTime("25:00:00") = "") // expect: 14050900, 07300000, 1
Trace(IntegerToWeekNumber(DateToInteger("20081229")), DateToWeekNumber("20081229")) // expect: 53, 53
Trace(Length(DateTimeSys()), CurrentYear() > 2000) // expect: 16, 1
Trace(StringInsert("ab", "x", 4)) // expect error: StringInsert: position 4 is outside 1 to 3
