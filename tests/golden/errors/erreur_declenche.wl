// ErreurDéclenche : une erreur non fatale, traitée par le CAS ERREUR: de la procédure.
Trace(Rang(0)) // expect: 0
Trace(ErreurDétectée, ErreurInfo(errCode)) // expect: 1, 1
ErreurDéclenche(3, "Rien")
Trace(ErreurDétectée, ErreurInfo(errMessage)) // expect: 1, Rien
t est un tableau de chaînes = ["a", "b"]
Trace(Cherche(t, tcLinéaire, "b")) // expect: 2

PROCÉDURE Rang(n est un entier)
SI n > 0 ALORS RENVOYER n
erreurdeclenche(1, "Le tableau est vide")
RENVOYER -1
CAS ERREUR:
ErreurPropage()
RENVOYER 0
