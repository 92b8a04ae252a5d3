// `x.Name = v` is `x..Name = v` on a variable declared a Date, a Time, a DateTime or a
// string, as the read `x.Name` is `x..Name`: one mistake, one message, naming the
// variable's own type, in check and run alike. `d.Foo = 1` said "A value of type string
// has no member 'Foo'" at run time and nothing in check; `s.Owner = 1` said "has no
// member", `s..Owner = 1` "cannot be set on this value", where the read says "A string has
// no property 'Owner'". A date part set on a string holding a date runs, either way.
d is Date = "20240115"
t is Time = "1030"
s is string = "20240115"
d.Year = 2025
d.Foo = 1 // error: WL109:3 A Date has no property 'Foo'
d..Foo = 1 // error: WL109:4 A Date has no property 'Foo'
t.Colour = 2 // error: WL109:3 A Time has no property 'Colour'
s.Year = 2021
s..Month = 3
s.Length = 3 // error: WL109:3 The property 'Length' of a string cannot be set
s..Length = 3 // error: WL109:4 The property 'Length' of a string cannot be set
s.Owner = "x" // error: WL109:3 A string has no property 'Owner'
s..Owner = "x" // error: WL109:4 A string has no property 'Owner'
Trace(d, t, s)
