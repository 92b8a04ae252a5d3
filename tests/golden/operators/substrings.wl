// substrings: [[i]], [[i TO j]], [[i TO]], [[TO j]], [[i ON n]] (1-based, inclusive)
s is string = "San Francisco"
Trace(s[[5]]) // expect: F
Trace(s[[5 TO 10]]) // expect: Franci
Trace(s[[5 TO]]) // expect: Francisco
Trace(s[[TO 3]]) // expect: San
Trace(s[[10 ON 4]]) // expect: isco
Trace(s[[1]]) // expect: S
