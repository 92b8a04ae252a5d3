// "a, b sont des T" déclare plusieurs variables du même type
n, m sont des entiers = 0
p, q sont des chaînes
n = 4; m = 5
p = "a"; q = "b"
Trace(n + m, p + q) // expect: 9, ab
