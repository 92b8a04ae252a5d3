// Page SectionCritiqueDébut (doc.pcsoft.fr ?3077001) : son exemple (une section critique
// nommée que deux threads ne peuvent pas exécuter en même temps), exécuté par deux threads
// qui ajoutent chacun 1 à un compteur 200 fois ; puis la section automatique (sans nom),
// distincte de la section "". Mêmes résultats que criticalsectionstart.wl.
gnCompte est un entier
ThreadExécute("A", threadNormal, Travail)
ThreadExécute("B", threadNormal, Travail)
ThreadAttend("A")
ThreadAttend("B")
Trace(gnCompte) // expect: 400
SectionCritiqueDébut()
Trace("section automatique") // expect: section automatique
SectionCritiqueDebut("")
SectionCritiqueFin("")
SectionCritiqueFin()

PROCÉDURE Travail()
POUR i = 1 À 200
	// Utilisation d'une section critique nommée
	SectionCritiqueDébut("MaSection")
	// Deux threads ne pourront pas exécuter ce code en même temps
	n est un entier = gnCompte
	ThreadPause(0)
	gnCompte = n + 1
	SectionCritiqueFin("MaSection")
FIN
