// RENVOYER sans valeur dans une procédure qui renvoie une valeur ailleurs, ou déclarée
// avec un type de retour : WL217, un avertissement (ce chemin donne Null à l'appelant,
// ou la valeur par défaut du type). Rien pour RETOUR seul (la sortie sans valeur), ni
// pour RENVOYER seul dans une procédure qui ne renvoie jamais de valeur, ni quand le
// résultat est posé par `MonRésultat = v` (le RENVOYER seul le rend)
Trace(Moitié(4), Lecture("7"), Quotient(1, 2), Sortie(2), Gardé(3))
Arrêt(1)
PROCÉDURE Moitié(n est un entier)
SI n = 0 ALORS
	Renvoyer // warning: WL217:2 Renvoyer without a value in 'Moitié', which gives a value elsewhere: this path gives the caller Null
FIN
RENVOYER n / 2
PROCÉDURE Lecture(s est une chaîne) : entier
SI s = "" ALORS RÉSULTAT // warning: WL217:17 RÉSULTAT without a value in 'Lecture', which is declared to return entier: this path gives the caller the type's default value
RENVOYER Val(s)
PROCÉDURE Quotient(a est un entier, b est un entier)
SELON b
	CAS 0 : RENVOYER // warning: WL217:10 RENVOYER without a value in 'Quotient', which gives a value elsewhere: this path gives the caller Null
	AUTRE CAS : RETOUR a / b
FIN
PROCÉDURE Sortie(n est un entier)
SI n = 0 ALORS RETOUR
RENVOYER 10 / n
PROCÉDURE Arrêt(n est un entier)
SI n > 0 ALORS RENVOYER
Trace(n)
PROCÉDURE Gardé(n est un entier)
MonRésultat = n
SI n > 2 ALORS RENVOYER
MonRésultat = 0
