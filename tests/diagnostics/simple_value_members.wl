// a member of a number or a boolean: such a value has none (fails when it runs, in the
// words the check says: the run's own)
n is int = 5
r is real = 2.5
b is boolean = True
c is currency = 1.5
s is string = "abc"
n.foo = 1 // error: WL109:3 A value of type integer has no member 'foo'
Trace(r.bar) // error: WL109:9 A value of type real has no member 'bar'
Trace(b.Value) // error: WL109:9 A value of type boolean has no member 'Value'
Trace(n.ToString(), r.Round(), s.Length, c)
