// A property set on a Buffer that a Buffer lacks stops the run naming the Buffer (it
// said "A string has no property 'Foo'": its value is held as text); the check says it
// beforehand (WL109), as for a string variable
b is Buffer = "abc"
b.Foo = 1 // error: WL109:3 A Buffer has no property 'Foo'
b..Bar = 2 // error: WL109:4 A Buffer has no property 'Bar'
