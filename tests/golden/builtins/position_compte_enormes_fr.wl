// Un nombre au-delà du plus grand entier (un entier sur 8 octets) donné là où une
// fonction attend une position, un compte ou une taille est refusé dans les mots de la
// fonction : son nom, le rang du paramètre, la valeur telle qu'écrite (décidé :
// docs/semantics.md "A huge number given as a position or a count").
sTexte est une chaîne = "facture;avoir;facture"
rEnorme est un réel = 1e308
QUAND EXCEPTION DANS
	Trace(Position(sTexte, "avoir", rEnorme))
FAIRE
	Trace(ExceptionInfo()) // expect: Position: parameter 3 is 1e+308, too large for an integer (a position, a count: at most 9,223,372,036,854,775,807).
	Trace(ExceptionInfo(errCode)) // expect: 1003
FIN
quand exception dans
	Trace(Milieu(sTexte, 9, rEnorme))
faire
	Trace(ExceptionInfo()) // expect: Milieu: parameter 3 is 1e+308, too large for an integer (a position, a count: at most 9,223,372,036,854,775,807).
fin
QUAND EXCEPTION DANS
	Trace(Gauche(sTexte, -rEnorme))
FAIRE
	Trace(ExceptionInfo()) // expect: Gauche: parameter 2 is -1e+308, too large for an integer (a position, a count: at most 9,223,372,036,854,775,807).
FIN
QUAND EXCEPTION DANS
	Trace(Répète("-", rEnorme))
FAIRE
	Trace(ExceptionInfo()) // expect: Répète: parameter 2 is 1e+308, too large for an integer (a position, a count: at most 9,223,372,036,854,775,807).
FIN
QUAND EXCEPTION DANS
	Trace(Complete("ab", 1e19, "."))
FAIRE
	Trace(ExceptionInfo()) // expect: Complete: parameter 2 is 1e+19, too large for an integer (a position, a count: at most 9,223,372,036,854,775,807).
FIN
QUAND EXCEPTION DANS
	Trace(Caract(rEnorme))
FAIRE
	Trace(ExceptionInfo()) // expect: Caract: parameter 1 is 1e+308, too large for an integer (a position, a count: at most 9,223,372,036,854,775,807).
FIN
// dans les bornes, une position après la fin ne trouve rien, comme avant
Trace(Position(sTexte, "avoir", 9223372036854775807)) // expect: 0
Trace(Milieu(sTexte, 9, 1e18)) // expect: avoir;facture
