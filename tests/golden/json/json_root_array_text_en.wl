// A JSON variable holding an array is its JSON text wherever a text is wanted, as one
// holding an object is (JSON type ?1000023611: "x" + j stopped the run with "A value of
// type array cannot be converted to a string"; decided, docs/builtins.md "The JSON type").
j is JSON = "[1, 2, {""a"": true}]"
Trace("j = " + j)   // expect: j = [1,2,{"a":true}]
s is string = j
Trace(Length(s))   // expect: 16
o is JSON
o.a = 1
Trace("o = " + o)   // expect: o = {"a":1}
