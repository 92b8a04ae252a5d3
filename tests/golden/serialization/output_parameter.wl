// Serialize's result parameter is written like a by-reference parameter: a local, an
// untyped procedure parameter (even one called with integers), a member, an element.
STRUCTURE Box
    Text is string
END
FOR i = 1 TO 2
    Trace(AsJSON(i))   // expect: [1,2]
END
// expect: [1,2]
b is Box
Serialize([3], b.Text, psdJSON)
Trace(b.Text)   // expect: [3]
texts is array of 2 strings
Serialize(b, texts[2], psdJSON)
Trace(texts[2])   // expect: {"Text":"[3]"}

PROCEDURE AsJSON(x)
t is array of int = [1, 2]
Serialize(t, x, psdJSON)
RESULT x
