// `o..Nom` sur un objet ou une structure lit son membre (`o..x`, toute casse) ; un nom
// que sa classe n'a pas arrête l'exécution, et `wl check` le dit aussi maintenant, avec
// les mêmes mots et le nom tel que tapé (il ne disait rien). Les autres refus gardent
// aussi l'orthographe tapée : un membre (`o.MEMBREINCONNU`), une propriété de chaîne
// (`s..Longeur`), le nombre de paramètres d'une méthode (`t.INSÈRE()`, `o.incrémente(1)`).
CPoint est une Classe
	x est un entier
FIN
STPaire est une Structure
	nGauche est un entier
FIN
o est un CPoint
st est un STPaire
o..x = 3
st..NGAUCHE = 4
Trace(o..X, st..ngauche, o..Classe) // expect: 3, 4, CPoint
s est une chaîne = "abc"
t est un tableau d'entiers = [1, 2]
QUAND EXCEPTION DANS
	Trace(o.MEMBREINCONNU) // wl: ignore[WL109]
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: 'MEMBREINCONNU' is not a member of the class CPoint.
FIN
QUAND EXCEPTION DANS
	Trace(s..Longeur) // wl: ignore[WL109]
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: A string has no property 'Longeur'.
FIN
QUAND EXCEPTION DANS
	t.INSÈRE() // wl: ignore[WL104]
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: The method .INSÈRE() is TableauInsère, which expects 2 to 3 parameter(s) counting the value it is called on, but received 1.
FIN
QUAND EXCEPTION DANS
	o.incrémente(1) // wl: ignore[WL104]
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: incrémente expects 0 parameter(s) but received 1.
FIN
QUAND EXCEPTION DANS
	Trace(st..Zut) // wl: ignore[WL109]
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: 'Zut' is not a member of the structure STPaire.
FIN
Trace(o..NomX) // expect error: 'NomX' is not a member of the class CPoint.
PROCÉDURE CPoint::Incrémente()
x++
