// Un littéral décimal est un décimal exact dans une expression constante : 0.1 + 0.2
// vaut 0.3 pour un numérique, un monétaire, un variant et un réel
x est un numérique = 0.1 + 0.2
Trace(x) // expect: 0.3
SI x = 0.3 ALORS Trace("égal") // expect: égal
m est un monétaire = 19.99 * 3
Trace(m) // expect: 59.97
v est un Variant = 0.7 + 0.1
Trace(v, v = 0.8) // expect: 0.8, 1
Trace(0.7 + 0.1 = 0.8) // expect: 1
prix est un numérique = 0.1
TOTAL est un numérique
POUR i = 1 _À_ 3
	TOTAL += prix
FIN
Trace(TOTAL, TOTAL = 0.3) // expect: 0.3, 1
r est un réel = 2.0000004
SI r = 2 ALORS Trace("égaux à 10^-6 près") // expect: égaux à 10^-6 près
