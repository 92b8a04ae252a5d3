// Page d'aide "Pile (Type de variable)" (doc.pcsoft.fr ?1514022) : son exemple tel qu'il
// est écrit ; la trace annoncée est 3, 2, 1 ; puis les types d'éléments que la page cite.
MaPile est une Pile d'entiers

// On empile les valeurs 1, 2 et 3
Empile(MaPile, 1)
Empile(MaPile, 2)
Empile(MaPile, 3)

// Affichage de la trace : 3, 2, 1
x est un entier
TANTQUE Dépile(MaPile, x)
Trace(x)
FIN
// expect: 3
// expect: 2
// expect: 1
p1 est une pile de tableaux d'entiers
p2 est une pile de tableaux associatifs d'entiers
p3 est une pile de files d'entiers
p4 est une pile de piles d'entiers
p5 est une pile de listes d'entiers
t est un tableau d'entiers = [4, 5]
Empile(p1, t)
Trace(p1.Occurrence)            // expect: 1
