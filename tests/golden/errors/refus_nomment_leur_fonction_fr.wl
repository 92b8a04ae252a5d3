// Une fonction bâtie sur une autre se nomme quand elle refuse une valeur : SansCaractère
// disait « SansEspace expects a string », CaractUnicode « Caract: -5 ... »,
// DateHeureLocaleVersUTC montrait une Durée 'WLDuration(5400000)' et DateHeureVersEpoch
// ne se nommait pas.
tabCodes est un Variant = [1]
duAttente est une Durée = 90 min
QUAND EXCEPTION DANS
	Trace(SansCaractère(tabCodes, "x"))
FAIRE
	Trace(ExceptionInfo()) // expect: SansCaractère expects a string, not a value of type array.
FIN
QUAND EXCEPTION DANS
	Trace(SansCaractèreGauche(tabCodes, "x"))
FAIRE
	Trace(ExceptionInfo()) // expect: SansCaractèreGauche expects a string, not a value of type array.
FIN
QUAND EXCEPTION DANS
	Trace(CaractUnicode(-5))
FAIRE
	Trace(ExceptionInfo()) // expect: CaractUnicode: -5 is not a valid character code.
FIN
QUAND EXCEPTION DANS
	Trace(DateHeureLocaleVersUTC(duAttente))
FAIRE
	Trace(ExceptionInfo()) // expect: DateHeureLocaleVersUTC: '1 h 30 min' is not a valid datetime (DateTimeValid gives False for it).
FIN
QUAND EXCEPTION DANS
	Trace(DateHeureVersEpoch("-3,5"))
FAIRE
	Trace(ExceptionInfo()) // expect: DateHeureVersEpoch: '-3,5' is not a valid datetime (DateTimeValid gives False for it).
FIN
Trace(SansCaractere("xxaxx", "x"), SansCaractèreGauche("xxaxx", "x"), SansCaractèreDroite("xxaxx", "x")) // expect: a, axx, xxa
Trace(CaractUnicode(233), SansEspace("  a  ")) // expect: é, a
