// assignment =, +=, -=, ++ and --
n is int = 10
n += 5
Trace(n) // expect: 15
n -= 3
Trace(n) // expect: 12
n++
Trace(n) // expect: 13
n--
n--
Trace(n) // expect: 11
s is string = "ab"
s += "cd"
Trace(s) // expect: abcd
