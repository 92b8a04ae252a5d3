// [[TO 3]], [[5 TO]], t[TO 2], t[3 TO]: open ranges on strings and arrays (English words)
s is string = "San Francisco"
a is int = 2
Trace(s[[TO 3]]) // expect: San
Trace(s[[5 TO]]) // expect: Francisco
Trace(s[[a TO 3]]) // expect: an
t is array of int = [10, 20, 30, 40]
t2 is array of int = t[TO 2]
Trace(t2..Occurrence, t2[2]) // expect: 2, 20
t3 is array of int = t[3 TO]
Trace(t3..Occurrence, t3[1]) // expect: 2, 30
Trace(t[a]) // expect: 20
