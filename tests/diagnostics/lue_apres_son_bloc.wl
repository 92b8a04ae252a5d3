// Une variable lue après le FIN du seul bloc qui la déclare : le nom désigne toujours
// cette variable, mais là où le bloc ne s'est pas exécuté elle n'a jamais reçu de valeur,
// et l'exécution s'arrête à la lecture : WL226, un avertissement. Pas dit : un nom déclaré
// dans chaque branche d'un SI avec SINON, affecté après le FIN, une variable de boucle.
n est un entier = 1
SI n = 1 ALORS
	x est un entier = 5
FIN
Trace(x) // warning: WL226:7 'x' is read after the END of the IF block that declares it: where that block did not run, it was never given a value
SI n > 0 ALORS
	y est un entier = 1
SINON
	y est un entier = 2
FIN
Trace(y)
POUR i = 1 À n
	s est une chaîne = "tour " + i
FIN
s = "affectée"
Trace(s, i)
POUR TOUT sÉlément DE ["a", "b"]
	sDernier est une chaîne = sÉlément
FIN
Trace(sDernier) // warning: WL226:7 'sDernier' is read after the END of the FOR EACH block that declares it: where that block did not run, it was never given a value
Trace(Genre(2))

PROCÉDURE Genre(k est un entier)
SELON k
	CAS 1 : sNom est une chaîne = "un"
	CAS 2 : sNom est une chaîne = "deux"
FIN
RENVOYER sNom // warning: WL226:10 'sNom' is read after the END of the SWITCH block that declares it: where that block did not run, it was never given a value
