// array dynamic, new array of N T, associative arrays with options
t is array dynamic
Trace(ArrayCount(t)) // expect: 0
t = new array of 14 int
Trace(ArrayCount(t), t[14]) // expect: 14, 0
names is associative array (*, *, wlString) of string dynamic
names["a"] = "x"
Trace(names["a"]) // expect: x
