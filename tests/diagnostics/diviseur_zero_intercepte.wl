// Un diviseur écrit comme le littéral 0 arrête l'exécution à l'opérateur (WL113), sauf si
// un QUAND EXCEPTION l'intercepte : QUAND EXCEPTION DANS autour de lui, ou QUAND
// EXCEPTION ... FIN sans DANS plus haut dans son bloc (il garde la suite du bloc).
nTotal est un entier = 10
QUAND EXCEPTION DANS
	nTotal = nTotal / 0 // warning: WL206:2 'nTotal' is an integer: the decimal part of this value is lost
FAIRE
	Trace("intercepté")
FIN
SI nTotal > 0 ALORS
	QUAND EXCEPTION
		Trace("traité")
	FIN
	nTotal = nTotal % 0
FIN
nTotal = nTotal % 0 // error: WL113:17 Modulo by zero
Trace(Ratio(4), Part(4))
PROCÉDURE Ratio(n est un entier)
QUAND EXCEPTION
	RENVOYER -1
FIN
RENVOYER n / 0
PROCÉDURE Part(n est un entier)
RENVOYER n / 0 // error: WL113:12 Division by zero
