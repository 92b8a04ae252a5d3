// Un FormatNumérique à ses limites : plus de 28 décimales (l'exécution s'arrêtait sur
// "Numeric overflow or invalid numeric operation", et 38 chiffres au plus étaient écrits),
// et une LongueurMinimale au-delà de --max-string (2 Go de remplissage construits pendant
// des minutes, hors de portée de --timeout) : l'erreur "String too long" qu'on attrape.
g est un FormatNumérique
g.ChiffresAprèsVirgule = 40
Trace(NumériqueVersChaîne(3.14, g))     // expect: 3.1400000000000000000000000000000000000000
g.ChiffresAprèsVirgule = 2
Trace(NumériqueVersChaîne(12345678901234567890123456789012345678, g)) // expect: 12345678901234567890123456789012345678.00
h est un FormatNumérique
h.LongueurMinimale = 2147483648
h.CaractèreRemplissage = "x"
QUAND EXCEPTION DANS
	Trace(NumériqueVersChaîne(3.14, h))
FAIRE
	Trace(ExceptionInfo())      // expect: NumériqueVersChaîne: String too long: 2,147,483,648 characters (at most 1,073,741,824; see --max-string).
FIN
// 100 décimales ou plus : l'erreur nomme la propriété telle qu'écrite (elle disait
// "chiffresapresvirgule", en minuscules et sans accent)
QUAND EXCEPTION DANS
	g.ChiffresAprèsVirgule = 120
FAIRE
	Trace(ExceptionInfo())      // expect: NumericFormat: ChiffresAprèsVirgule must be between 0 and 99, not 120.
FIN
