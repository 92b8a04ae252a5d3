// GOTO et étiquettes : le code juste après un GOTO n'est jamais exécuté, sauf s'il
// commence par une étiquette ; un GOTO dans une section CAS ERREUR: est refusé
n est un entier = 0
Encore:
n++
SI n < 3 ALORS GOTO Encore
GOTO Fini
Trace("jamais") // warning: WL203:1 this code is never run: it follows a GOTO
Fini:
Trace(n)
Q()
SansFin(1)
PROCÉDURE Q()
Début:
Trace(1)
CAS ERREUR:
	GOTO Début // error: WL111:2 GOTO cannot leave a CASE ERROR:, CASE EXCEPTION: or END: section
PROCÉDURE SansFin(n)
SI n > 0 ALORS GOTO FIN // error: WL111:16 GOTO FIN: this process has no FIN: section (the code a GOTO FIN goes to, run however the body is left)
Trace(n)
