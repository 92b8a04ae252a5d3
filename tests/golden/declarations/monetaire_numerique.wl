// monétaire et numérique sont des décimaux exacts
c est un monétaire = 10.10
c = c * 3
Trace(c) // expect: 30.3
m est un numérique = 2.5
Trace(m + m) // expect: 5
