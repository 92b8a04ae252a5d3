// Un numérique ou un monétaire élevé à une puissance énorme : au-delà du plus grand
// réel, l'erreur de dépassement que donne la puissance d'un réel ; en deçà du plus
// petit, 0 (décidé : docs/semantics.md "A numeric raised to a huge power").
nuTaux est un numérique = 1.25
Trace(nuTaux ^ 3, nuTaux ^ 30) // expect: 1.953125, 807.79356694631608874161005084957309919
QUAND EXCEPTION DANS
	Trace(nuTaux ^ 378000)
FAIRE
	Trace(ExceptionInfo(), ExceptionInfo(errCode)) // expect: Numeric overflow in power., 1003
FIN
moDemi est un monétaire = 0.5
Trace(moDemi ^ 2, moDemi ^ -2, moDemi ^ 2000) // expect: 0.25, 4, 0
nuNégatif est un numérique = -8
QUAND EXCEPTION DANS
	Trace(nuNégatif ^ 0.5)
FAIRE
	Trace(ExceptionInfo()) // expect: Invalid numeric operation: a negative number raised to a fractional power has no real value.
FIN
nuZéro est un numérique = 0
quand exception dans
	Trace(nuZéro ^ -1)
faire
	Trace(ExceptionInfo()) // expect: Division by zero.
fin
nuGrand est un numérique = 1e40
POUR i = 1 _A_ 7
	nuGrand = nuGrand * nuGrand
FIN
QUAND EXCEPTION DANS
	Trace(NumériqueVersChaîne(nuGrand))
FAIRE
	Trace(ExceptionInfo()) // expect: Numeric overflow: the integer is too large to display.
FIN
