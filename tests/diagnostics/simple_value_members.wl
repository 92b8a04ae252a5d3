// a member of a number or a boolean: such a value has none (fails when it runs)
n is int = 5
r is real = 2.5
b is boolean = True
c is currency = 1.5
s is string = "abc"
n.foo = 1 // error: WL109:3 'foo' is not a member of 'n': a value of type int has no members
Trace(r.bar) // error: WL109:9 'bar' is not a member of 'r': a value of type real has no members
Trace(b.Value) // error: WL109:9 'Value' is not a member of 'b': a value of type boolean has no members
Trace(n.ToString(), r.Round(), s.Length, c)
