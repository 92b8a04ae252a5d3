// Une erreur sur une propriété écrite avec des accents la montre comme le code l'écrit
// (`..Année`), pas sans ses accents (« it has no Annee », « 'annee' cannot be set ») :
// le programme lit son propre mot. (docs/semantics.md, « Property names in errors »)
vide est une Date = ""
QUAND EXCEPTION DANS
	Trace(vide..Année)
FAIRE
	Trace(ExceptionInfo()) // expect: The Date is empty (""): it has no Année; give it a date first (for example Today()).
FIN
fausse est une Date = "20231345"
QUAND EXCEPTION DANS
	Trace(fausse..Année)
FAIRE
	Trace(ExceptionInfo()) // expect: The Date "20231345" is not a valid date (DateValid gives False for it): it has no Année.
FIN
QUAND EXCEPTION DANS
	fausse..année = 2024
FAIRE
	Trace(ExceptionInfo()) // expect: The Date "20231345" is not a valid date (DateValid gives False for it): its année cannot be changed.
FIN
QUAND EXCEPTION DANS
	Trace(fausse..JourDeLaSemaine)
FAIRE
	Trace(ExceptionInfo()) // expect: The Date "20231345" is not a valid date (DateValid gives False for it): it has no day of the week.
FIN
h est une Heure = "25999900"
QUAND EXCEPTION DANS
	Trace(h..Heure)
FAIRE
	Trace(ExceptionInfo()) // expect: The Time "25999900" is not a valid time (TimeValid gives False for it): it has no Heure.
FIN
s est une chaîne = "abc"
s..Année = 3 // expect error: A string has no property 'Année'.
