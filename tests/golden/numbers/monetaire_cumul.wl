// m += x / m -= x sur un monétaire : le monétaire à 6 décimales, quel que soit x
m est un monétaire
n est un numérique = 0.12345678
m += n
Trace(m) // expect: 0.123457
m -= 0.0000004
Trace(m) // expect: 0.123457
c est un monétaire = 2.5
m += c
Trace(m) // expect: 2.623457
m -= c
Trace(m) // expect: 0.123457
v est un variant = 1.5
m += v
Trace(m) // expect: 1.623457
