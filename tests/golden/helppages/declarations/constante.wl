// Page d'aide "Constante / Constant" (doc.pcsoft.fr ?1514012) : son exemple, avec le mot
// CONSTANTE que la page accepte aussi, et une Trace de la constante.
CONSTANT
TauxTVA = 20
FIN
Trace(TauxTVA)                  // expect: 20
CONSTANTE
TauxRéduit = 5.5
FIN
Trace(TauxRéduit)               // expect: 5.5
