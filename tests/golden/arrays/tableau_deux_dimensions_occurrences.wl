// Un tableau à deux dimensions : `..Occurrence` et `..Count` comptent ses lignes (la
// première dimension), comme TableauOccurrence par défaut : la boucle que le code réel
// écrit sur les lignes reste dans le tableau ; TableauOccurrence(t, 2) compte les
// colonnes, `..Occurrence` d'une ligne ses colonnes (INFÉRÉ : docs/semantics.md
// "Counting a two-dimension array").
tabGrille est un tableau de 3 par 4 entiers
Trace(tabGrille..Occurrence, tabGrille..Count, tabGrille.Occurrence()) // expect: 3, 3, 3
Trace(TableauOccurrence(tabGrille), TableauOccurrence(tabGrille, 2)) // expect: 3, 4
Trace(tabGrille[1]..Occurrence) // expect: 4
POUR i = 1 À tabGrille..Occurrence
    tabGrille[i, 1] = i * 10
FIN
Trace(tabGrille[3, 1]) // expect: 30
nTotal est un entier
POUR i = 1 _À_ TableauOccurrence(tabGrille)
    POUR j = 1 _À_ TableauOccurrence(tabGrille, 2)
        nTotal++
    FIN
FIN
Trace(nTotal = tabGrille..Occurrence * TableauOccurrence(tabGrille, 2)) // expect: 1
Trace(Dimension(tabGrille)) // expect: 12
