// numérique et monétaire sont des décimaux exacts ; '=' sur les réels est précis à 10^-6
n est un numérique = 0.1
Trace(n + 0.1 + 0.1) // expect: 0.3
r est un réel = 2.0000004
SI r = 2 ALORS Trace("égaux") // expect: égaux
