// Une variable déclarée dans une branche d'un SI ou d'un SELON et lue dans une branche
// suivante : cette branche n'exécute jamais la déclaration : WL226, un avertissement
n est un entier = 1
SI n = 1 ALORS
	s est une chaîne = "un"
	Trace(s)
SINON SI n = 2 ALORS
	Trace(s) // warning: WL226:8 's' is read in another branch of the IF than the one that declares it: that branch never runs the declaration, so it is never given a value there
SINON
	s est une chaîne = "autre"
	Trace(s)
FIN
