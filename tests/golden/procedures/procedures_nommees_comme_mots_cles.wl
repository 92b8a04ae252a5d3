// une procédure peut s'appeler comme les mots-clés GLOBAL/LOCAL : `Globale()` est un appel
GLOBAL
	n est un entier = 3
Globale(n)
Locale()
// expect: globale 3
// expect: locale
PROCÉDURE Globale(v)
Trace("globale " + v)
PROCÉDURE Locale()
LOCAL
	s est une chaîne = "locale"
Trace(s)
