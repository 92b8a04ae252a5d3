// Dimension sur un tableau de structures et sur le membre tableau d'une structure
// (reliquat du ticket 8 ; la page de Dimension n'est pas conservée, cherchée deux fois le
// 6 déc. 2026 : INFERRED d'après les pages des tableaux, ?1514008 « Déclarer un membre
// de type tableau »). Sans taille, elle compte les éléments ; avec une taille, elle
// redimensionne : les nouveaux éléments sont des structures vides, les autres gardés.
STContact est une Structure
  sNom est une chaîne
  nAge est un entier
  tabTéléphones est un tableau de chaînes
FIN
tabContacts est un tableau de STContact
Trace(Dimension(tabContacts)) // expect: 0
Dimension(tabContacts, 3)
tabContacts[2].sNom = "Anne"
Trace(Dimension(tabContacts), tabContacts[2].sNom, tabContacts[3].nAge) // expect: 3, Anne, 0
dimension(tabContacts, 2)
Trace(TableauOccurrence(tabContacts), tabContacts[2]:sNom) // expect: 2, Anne
// le membre tableau d'une structure, dans une variable et dans un élément du tableau
c est un STContact
Dimension(c.tabTéléphones, 2)
c.tabTelephones[2] = "0601"
Trace(Dimension(c.tabTéléphones), c.tabTéléphones[2]) // expect: 2, 0601
DIMENSION(tabContacts[1].tabTéléphones, 4)
Trace(Dimension(tabContacts[1].tabTéléphones), Dimension(tabContacts[2].tabTéléphones)) // expect: 4, 0
// un membre déclaré avec sa taille, redimensionné
STGrille est une structure
  tabCases est un tableau de 5 entiers
FIN
g est un STGrille
Trace(Dimension(g.tabCases)) // expect: 5
Dimension(g.tabCases, 7)
g.tabCases[7] = 9
Trace(Dimension(g.tabCases), g.tabCases[7], g.tabCases[1]) // expect: 7, 9, 0
// un tableau de structures déclaré avec sa taille
tabFixe est un tableau de 4 STContact
Trace(Dimension(tabFixe), tabFixe[4].sNom = "") // expect: 4, 1
