// Une Heure ou une DateHeure affectée de chiffres qui ne nomment aucun instant
// (`"25:99:99"`, mois 13) les garde, comme une Date invalide (DateHeureValide ?1000020940
// prend « une variable de type DateHeure » et dit quand elle est invalide) ; HeureValide
// et DateHeureValide renvoient Faux. S'en servir comme d'une heure (une partie, une durée
// ajoutée, affectée à un nombre) est une erreur qui la nomme (décidé : docs/semantics.md
// "An invalid Time or DateTime") ; les heures au-delà de 23 passaient au lendemain.
h est une Heure = "25:99:99"
Trace(h, HeureValide(h), h.Valide(), h.EstValide()) // expect: 25999900, 0, 0, 0
QUAND EXCEPTION DANS
	Trace(h.Heure)
FAIRE
	Trace(ExceptionInfo()) // expect: The Time "25999900" is not a valid time (TimeValid gives False for it): it has no Heure.
FIN
QUAND EXCEPTION DANS
	Trace(h + 1 min)
FAIRE
	Trace(ExceptionInfo()) // expect: The Time "25999900" is not a valid time (TimeValid gives False for it): nothing can be added to it.
FIN
QUAND EXCEPTION DANS
	i est un entier = h
FAIRE
	Trace(ExceptionInfo()) // expect: The Time "25999900" is not a valid time (TimeValid gives False for it): it cannot be stored into a number.
FIN
dh est une DateHeure = "20241345253000"
Trace(dh, DateHeureValide(dh), dh.EstValide()) // expect: 20241345253000000, 0, 0
QUAND EXCEPTION DANS
	Trace(dh.Heure)
FAIRE
	Trace(ExceptionInfo()) // expect: '20241345253000000' is not a valid datetime (DateTimeValid gives False for it).
FIN
d est une Date = "20241345"
Trace(d, DateValide(d), d.Valide(), d.EstValide()) // expect: 20241345, 0, 0, 0
ok est une Date = "20240229"
okh est une Heure = "23:59:59"
Trace(ok.EstValide(), okh.EstValide(), okh.Heure) // expect: 1, 1, 23
// Une DateHeure dont la date est valide et l'heure non : EstValide est DateHeureValide,
// pas DateEstValide, qui ne lit que la partie date.
dhHeure est une DateHeure = "20240101253000"
Trace(dhHeure.EstValide(), DateHeureValide(dhHeure), DateEstValide(dhHeure)) // expect: 0, 0, 1
