// [[a 3]], [[5 a]], t[a 2]: the French À written without its accent in subscripts and ranges
s est une chaîne = "San Francisco"
a est un entier = 2
Trace(s[[a 3]]) // expect: San
Trace(s[[5 A]]) // expect: Francisco
Trace(s[[À 3]]) // expect: San
Trace(s[[a]]) // expect: a
Trace(s[[a A 3]]) // expect: an
t est un tableau d'entiers = [10, 20, 30, 40]
t2 est un tableau d'entiers = t[a 2]
Trace(t2..Occurrence, t2[2]) // expect: 2, 20
t3 est un tableau d'entiers = t[3 A]
Trace(t3..Occurrence, t3[1]) // expect: 2, 30
Trace(t[a]) // expect: 20
