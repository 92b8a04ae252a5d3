// Day and month names called by their English name: English (the French names answer in
// French, builtins/jour_en_lettre.wl).
Trace(DateToDayInAlpha("20011225"), IntegerToDayInAlpha(73773)) // expect: Tuesday, Tuesday
Trace(DateToMonthInAlpha("20011225"), IntegerToMonthInAlpha(73773)) // expect: December, December
Trace(DayNumberInAlpha(7), MonthNumberInAlpha(8)) // expect: Sunday, August
// the same as methods of a Date (by their English name: English)
d is Date = "20240120"
Trace(d.ToDayInAlpha(), d.ToMonthInAlpha()) // expect: Saturday, January
