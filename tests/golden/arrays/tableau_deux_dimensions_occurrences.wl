// Un tableau à deux dimensions : `..Occurrence` et `..Count` comptent tous les éléments,
// TableauOccurrence ceux d'une dimension (la première par défaut), `..Occurrence` d'une
// ligne ses colonnes (décidé, aucune page stockée ne donne le cas à deux dimensions :
// docs/semantics.md "Counting a two-dimension array").
tabGrille est un tableau de 3 par 4 entiers
Trace(tabGrille..Occurrence, tabGrille..Count) // expect: 12, 12
Trace(TableauOccurrence(tabGrille), TableauOccurrence(tabGrille, 2)) // expect: 3, 4
Trace(tabGrille[1]..Occurrence) // expect: 4
nTotal est un entier
POUR i = 1 _À_ TableauOccurrence(tabGrille)
    POUR j = 1 _À_ TableauOccurrence(tabGrille, 2)
        nTotal++
    FIN
FIN
Trace(nTotal = tabGrille..Occurrence) // expect: 1
