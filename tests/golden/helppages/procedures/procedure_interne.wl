// Page d'aide "Procédure interne" (?1514075) : PROCÉDURE INTERNE <Nom>() ... FIN, déclarée
// dans le code d'un traitement ; le code avant et après sa déclaration s'exécute en
// séquence, celui de la procédure interne ne s'exécute pas (tant qu'elle n'est pas
// appelée).
Trace("avant")                          // expect: avant
PROCÉDURE INTERNE MaProcédureInterne()
	Trace("dedans")
FIN
Trace("après")                          // expect: après
MaProcédureInterne()                    // expect: dedans
