// Une variable déclarée dans une branche d'un SI (ou un CAS d'un SELON) et lue dans une
// branche suivante : cette branche n'exécute jamais la déclaration, donc l'exécution
// s'arrête à la lecture dès qu'elle passe par là ; `wl check` avertit (WL226,
// tests/diagnostics/lue_dans_une_autre_branche.wl). La branche qui la déclare la lit.
Trace(Libellé(1)) // expect: un
Trace(Libellé(2))

PROCÉDURE Libellé(n est un entier)
SELON n
	CAS 1
		s est une chaîne = "un"
		RENVOYER s
	AUTRE CAS
		RENVOYER s // expect error: The variable 's' is read in another branch of the SWITCH than the one that declares it: that branch never runs the declaration, so it is never given a value there.
FIN
