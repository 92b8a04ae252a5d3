// `x.Name = v` sets what `x..Name = v` sets on a Date or string variable, and refuses what
// it refuses in the same words, naming the variable's type (`d.Foo = 1` said "A value of
// type string has no member 'Foo'"; `s.Year = 2021` on a string holding a date was
// refused where `s..Year = 2021` set it): docs/semantics.md "Setting a property with `.`"
s is string = "20240115"
s.Year = 2021
s..Month = 3
Trace(s) // expect: 20210315
d is Date = "20240115"
d.Month = 2
Trace(d) // expect: 20240215
WHEN EXCEPTION IN
	d.Colour = 1 // wl: ignore[WL109] (the check says it here: A Date has no property 'Colour')
DO
	Trace(ExceptionInfo()) // expect: A Date has no property 'Colour'.
END
sName is string = "abc"
sName.Year = 2021 // expect error: A string has no property 'Year'.
