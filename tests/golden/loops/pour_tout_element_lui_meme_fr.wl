// POUR TOUT : la variable de parcours est l'élément lui-même, pas une copie (INFERRED,
// docs/semantics.md "FOR EACH: the variable designates the element") : l'écrire change le
// tableau, pour un tableau simple, un tableau de structures (un membre ou toute la structure)
// et un tableau associatif.
tabJours est un tableau d'entiers = [1, 2, 3]
POUR TOUT nJour DE tabJours
	nJour = nJour + 1
FIN
Trace(TableauVersChaîne(tabJours, ";")) // expect: 2;3;4
STLigne est une Structure
	nQté est un entier
	sRéf est une chaîne
FIN
tabLignes est un tableau de STLigne
stL est un STLigne
stL.nQté = 5 ; stL.sRéf = "A"
Ajoute(tabLignes, stL)
stL.nQté = 6 ; stL.sRéf = "B"
Ajoute(tabLignes, stL)
stNouv est un STLigne
stNouv.nQté = 99 ; stNouv.sRéf = "Z"
POUR TOUT stE DE tabLignes
	stE.nQté = stE.nQté * 2
	SI stE.sRéf = "B" ALORS stE = stNouv
FIN
stNouv.nQté = 100	// l'élément a reçu une copie de la valeur de stNouv
Trace(tabLignes[1].nQté, tabLignes[2].nQté, tabLignes[2].sRéf) // expect: 10, 99, Z
taStock est un tableau associatif d'entiers
taStock["P1"] = 1 ; taStock["P2"] = 2
POUR TOUT nStock DE taStock
	nStock += 10
FIN
Trace(taStock["P1"], taStock["P2"]) // expect: 11, 12
taLignes est un tableau associatif de STLigne
taLignes["k"] = stL
POUR TOUT stE DE taLignes
	stE.sRéf = "K"
FIN
Trace(taLignes["k"].sRéf, stL.sRéf) // expect: K, B
