// Un tableau dimensionné par une variable dont le type des éléments tient en plusieurs
// mots : seul le mot après `de`, et chacun après `par`/`sur`, est une dimension ; le
// reste est le type des éléments, quel qu'il soit (la version anglaise, `array of n
// ASCIIZ string on 4`, lisait ASCIIZ comme une deuxième dimension). (docs/semantics.md,
// "An array sized by a variable")
fdClient est une Description de Fichier
rub est une Description de Rubrique
fdClient..Nom = "Client"
rub..Nom = "Nom" ; rub..Type = hRubTexte ; rub..Taille = 20 ; rub..TypeCle = hNonClé
HDécritRubrique(fdClient, rub)
HDécritFichier(fdClient)
HCréation(Client)
Client.Nom = "Dupont" ; HAjoute(Client)
Client.Nom = "Martin" ; HAjoute(Client)

nNombre est un entier = HNbEnr(Client)
tabCodes est un tableau de nNombre chaînes ASCIIZ sur 4
tabCodes[1] = "ABCDEF"
Trace(TableauOccurrence(tabCodes), tabCodes[1]) // expect: 2, ABC
tabCopies est un tableau de nNombre Enregistrement de Client
i est un entier = 0
POUR TOUT Client
	i++
	tabCopies[i] = Client
FIN
Trace(TableauOccurrence(tabCopies), tabCopies[2].Nom) // expect: 2, Martin
nColonnes est un entier = 3
tabGrille est un tableau de nNombre par nColonnes chaînes ASCIIZ sur 3
tabGrille[2, 3] = "XYZW"
Trace(TableauOccurrence(tabGrille, 1), TableauOccurrence(tabGrille, 2), tabGrille[2, 3]) // expect: 2, 3, XY
tabAucun est un tableau de chaînes ASCIIZ sur 4
Trace(TableauOccurrence(tabAucun)) // expect: 0
