// Les adjectifs d'un type accordés au pluriel, comme le français les écrit après un nom
// au pluriel : `tableau de CDocument dynamiques`, `chaînes fixes sur 5`, `tableaux
// associatifs` (docs/semantics.md, "Adjectifs au pluriel")
CDocument est une Classe
	Titre est une chaîne
FIN
tDocs est un tableau de 2 CDocument dynamiques
Trace(tDocs.Occurrence, tDocs[1] = Null) // expect: 2, 1
tDocs[1] = allouer un CDocument
tDocs[1].Titre = "Devis"
Trace(tDocs[1].Titre, tDocs[2] = Null) // expect: Devis, 1

nNb est un entier = 3
tAutres est un tableau de nNb CDocuments dynamiques
Trace(tAutres.Occurrence, tAutres[3] = Null) // expect: 3, 1
tSimples est un tableau de nNb CDocument
Trace(tSimples[1] = Null) // expect: 0

taParNom est un tableau associatif de CDocument DYNAMIQUES
taParNom["f1"] = tDocs[1]
taParNom["f1"].Titre = "Facture"
Trace(tDocs[1].Titre) // expect: Facture

tCodes est un tableau de 3 chaînes fixes sur 5
tCodes[1] = "ABCDEFGH"
Trace(tCodes[1]) // expect: ABCDE
tTous sont des tableaux de CDocument dynamiques
Trace(tTous.Occurrence) // expect: 0
tNouveaux est un tableau dynamique
tNouveaux = allouer un tableau de 4 CDocument dynamiques
Trace(tNouveaux.Occurrence, tNouveaux[4] = Null) // expect: 4, 1
