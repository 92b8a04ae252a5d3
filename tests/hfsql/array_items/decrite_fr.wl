// Une rubrique tableau décrite par programmation : ..Dimension d'une Description de
// Rubrique (docs/hfsql.md "Array items")
fd est une Description de Fichier
dr est une Description de Rubrique
fd.Nom = "Animal"
dr.Nom = "NomAnimal"
dr.Type = hRubTexte
dr.Taille = 20
dr.TypeClé = hCléUnique
HDécritRubrique(fd, dr)
dr.Nom = "Vaccin"
dr.TypeClé = hNonClé
dr.Dimension = 3
HDécritRubrique(fd, dr)
Trace(HDécritFichier(fd)) // expect: 1
Animal.NomAnimal = "Médor"
Animal.Vaccin[3] = "rage"
Trace(HAjoute(Animal)) // expect: 1
HRAZ(Animal)
Trace(HLitRecherchePremier(Animal, "Vaccin[3]", "rage"), Animal.NomAnimal) // expect: 1, Médor
Trace(HEnregistrementVersJSON(Animal, "Vaccin")) // expect: {"Vaccin": ["", "", "rage"]}
Trace(Animal.Vaccin..Dimension) // expect: 3
// (HDécritRubrique et HDécritFichier ont réinitialisé dr et fd : ?1514071, ?1514065)
fd.Nom = "Animal2"
dr.Nom = "Vaccin"
dr.Dimension = 0
Trace(HDécritRubrique(fd, dr)) // expect: 1
HDécritFichier(fd) // expect error: HDescribeItem: the item Vaccin has the dimension 0; an item has at least one element.
