// A property set on a Buffer that a Buffer lacks stops the run naming the Buffer (it
// said "A string has no property 'Foo'": a Buffer's value is held as text); `wl check`
// says it beforehand (WL109, tests/diagnostics/buffer_property_set.wl)
b is Buffer = "abc"
Trace(b) // expect: abc
b.Foo = 1 // expect error: A Buffer has no property 'Foo'.
