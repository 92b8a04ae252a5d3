// HModifieStructure : la table reçoit la rubrique ajoutée à la description
fd est une Description de Fichier
rd est une Description de Rubrique
fd..Nom = "Carnet"
rd..Nom = "Titre"
rd..Type = hRubriqueTexte
rd..Taille = 20
HDécritRubrique(fd, rd)
HDécritFichier(fd)
HRAZ(Carnet)
Carnet.Titre = "un"
HAjoute(Carnet)
fd2 est une Description de Fichier
fd2..Nom = "Carnet"
// (HDécritRubrique a réinitialisé rd : la rubrique Titre est décrite à nouveau)
rd..Nom = "Titre"
rd..Type = hRubriqueTexte
rd..Taille = 20
HDécritRubrique(fd2, rd)
rd..Nom = "Note"
rd..Type = hRubriqueEntier
HDécritRubrique(fd2, rd)
HDécritFichier(fd2)
Trace(HModifieStructure(Carnet), HMODIFIESTRUCTURE("*", hmsTâcheDeFond + hmsSansVérification))   // expect: 1, 1
Trace(HLitPremier(Carnet), Carnet.Titre, Carnet.Note)   // expect: 1, un, 0
