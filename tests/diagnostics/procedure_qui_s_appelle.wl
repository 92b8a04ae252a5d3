// Une procédure qui s'appelle elle-même avant que rien ne puisse la terminer ne se
// termine jamais : dans un script, c'est du code principal écrit après une PROCÉDURE
// (une procédure va jusqu'à la PROCÉDURE suivante, aide ?1513008), ici les deux
// dernières lignes de Saluer (docs/semantics.md, "Main code after a procedure in a
// script"). Les récursions qui peuvent se terminer ne sont pas signalées.
Trace(Factorielle(5))
Décompte(3)
SI Factorielle(1) = 2 ALORS
	Tourne(1)
	Protégée(1)
FIN
Saluer("Anne")

PROCÉDURE Factorielle(n est un entier) : entier
SI n <= 1 ALORS RENVOYER 1
RENVOYER n * Factorielle(n - 1)

PROCÉDURE Décompte(n)
SI n = 0 ALORS
	RETOUR
FIN
Décompte(n - 1)

PROCÉDURE Tourne(n)
x est un entier = Tourne(n) + 1 // warning: WL203:19 'Tourne' calls itself here, before anything can end it: each call of it calls it again, without end (the run stops when the stack is full)
RENVOYER x

PROCÉDURE Protégée(n)
SI n > 3 ALORS ErreurDéclenche(1, "trop profond")
Protégée(n + 1)

PROCÉDURE Saluer(sNom)
Trace("Bonjour " + sNom)

sMessage est une chaîne = "code principal, écrit après Saluer"
saluer(sMessage) // warning: WL203:1 'Saluer' calls itself here, before anything can end it: each call of it calls it again, without end (the run stops when the stack is full)
