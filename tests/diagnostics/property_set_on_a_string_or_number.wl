// A property or member set on a variable declared a string, a number or a boolean stops
// the run there; the check said nothing (it judged reads only). WL109 at the name, in the
// run's words (docs/check.md WL109). A date part set on a string holding a date runs.
s is string = "20240115"
n is int = 3
r is real
b is boolean
s..Year = 2020
s..Month = 3
s..Lenght = 2 // error: WL109:4 A string has no property 'Lenght'
s.Owner = "x" // error: WL109:3 A string has no property 'Owner'
n..Value = 4 // error: WL109:4 A value of type integer has no member 'Value'
r..Rounded = 2 // error: WL109:4 A value of type real has no property 'Rounded'
b..Checked = True // error: WL109:4 A value of type boolean has no property 'Checked'
Trace(s, n, r, b)
