// Enum.Value where the enumeration has no such value: a WLanguage error at that line
Days is Enumeration
	Monday
	Tuesday
END
d is Days = Days.Monday
Trace(d) // expect: Monday
IF d = Days.Sunday THEN Trace("sunday") // expect error: 'Sunday' is not a value of the enumeration Days
