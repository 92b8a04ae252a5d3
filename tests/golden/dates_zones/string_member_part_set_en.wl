// A part of a date held in a string member or array element is set as in a string
// variable (s..Year = 2021): o.s..Year, a[1]..Month, ts[1].s..Day all stopped with
// "A string has no property 'Year'"
ST is Structure
	s is string
END
s is string = "20200102"
s..Year = 2021
Trace(s) // expect: 20210102
o is ST
o.s = "20200102"
o.s..Year = 2021
Trace(o.s) // expect: 20210102
a is array of string = ["20200102"]
a[1]..Month = 7
Trace(a[1]) // expect: 20200702
ts is array of 1 ST
ts[1].s = "20200102"
ts[1].s..Day = 15
Trace(ts[1].s) // expect: 20200115
a[1] = "hello"
a[1]..Year = 2021 // expect error: A string has no property 'Year'.
