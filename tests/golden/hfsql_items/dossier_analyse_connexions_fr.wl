// L'analyse rangée dans son dossier (Boutique.ana/Boutique.xdd à côté du script, où l'IDE la
// garde et où les projets publiés par PC SOFT gardent son export) est celle du script ; ses
// connexions (CONNEXION) sont des noms, chacune désignant la base du programme lui-même.
HCréationSiInexistant(Pièce)
Pièce.Référence = "R1"
Trace(HAjoute(Pièce), Pièce.Stock) // expect: 1, 7
SI HChangeConnexion(Pièce, ConnexionLocale) ALORS Trace("changée") // expect: changée
Trace(HNbEnr(Pièce)) // expect: 1
Trace(HChangeConnexion("*", "CONNEXIONSERVEUR")) // expect: 1
Trace(HOuvreConnexion(ConnexionServeur), HFermeConnexion(connexionserveur)) // expect: 1, 1
POUR TOUT Pièce
	Trace(Pièce.Référence, Pièce.Stock) // expect: R1, 7
FIN
Trace(HChangeConnexion(Piece, "AutreConnexion"), ErreurDétectée) // expect: 0, 1
