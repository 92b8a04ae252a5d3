// An error about a property shows it as the code writes it (`..year` in lower case, as
// a French program's `..Année` keeps its accent: it said "Annee"), not as the run looks
// it up. (docs/semantics.md, "Property names in errors")
empty is Date = ""
WHEN EXCEPTION IN
	Trace(empty..year)
DO
	Trace(ExceptionInfo()) // expect: The Date is empty (""): it has no year; give it a date first (for example Today()).
END
wrong is Date = "20231345"
WHEN EXCEPTION IN
	Trace(wrong..Year)
DO
	Trace(ExceptionInfo()) // expect: The Date "20231345" is not a valid date (DateValid gives False for it): it has no Year.
END
WHEN EXCEPTION IN
	wrong..MONTH = 2
DO
	Trace(ExceptionInfo()) // expect: The Date "20231345" is not a valid date (DateValid gives False for it): its MONTH cannot be changed.
END
WHEN EXCEPTION IN
	Trace(wrong..DayOfWeek)
DO
	Trace(ExceptionInfo()) // expect: The Date "20231345" is not a valid date (DateValid gives False for it): it has no day of the week.
END
t is Time = "25999900"
WHEN EXCEPTION IN
	Trace(t..hour)
DO
	Trace(ExceptionInfo()) // expect: The Time "25999900" is not a valid time (TimeValid gives False for it): it has no hour.
END
s is string = "abc"
s..Year = 3 // expect error: A string has no property 'Year'.
