// HDécritFichier réinitialise la variable Description de Fichier (?1514065 : la
// variable « est réinitialisée et peut être utilisée pour décrire un autre fichier de
// données ») : un deuxième fichier décrit avec la même variable n'a que ses propres
// rubriques. Il avait aussi celles du premier (Fournisseur listait IDContact et Libellé
// avant les siennes).
fd est une Description de Fichier
rub est une Description de Rubrique
fd..Nom = "Contact"
rub..Nom = "IDContact" ; rub..Type = hRubIdAuto ; rub..TypeClé = hCléUnique
HDécritRubrique(fd, rub)
rub..Nom = "Libellé" ; rub..Taille = 40
HDécritRubrique(fd, rub)
HDécritFichier(fd)
Trace(fd..Nom = "")                                                     // expect: 1
fd..Nom = "Fournisseur"
rub..Nom = "IDFournisseur" ; rub..Type = hRubIdAuto ; rub..TypeClé = hCléUnique
HDécritRubrique(fd, rub)
rub..Nom = "Pays" ; rub..Taille = 2
HDécritRubrique(fd, rub)
HDécritFichier(fd)
Trace(Remplace(HListeRubrique(Contact), RC, ","))                      // expect: IDContact,Libellé
Trace(Remplace(HListeRubrique(Fournisseur), RC, ","))                  // expect: IDFournisseur,Pays
HCréation(Contact)
HCréation(Fournisseur)
Contact.Libellé = "Ana" ; HAjoute(Contact)
Fournisseur.Pays = "FR" ; HAjoute(Fournisseur)
Trace(HNbEnr(Contact), HNbEnr(Fournisseur), Fournisseur.IDFournisseur) // expect: 1, 1, 1
