// t[Suivant()] += 10 et t[Suivant()]++ appellent Suivant() une seule fois chacun
n est un entier = 0
t est un tableau de 5 entiers
t[Suivant()] += 10
t[Suivant()]++
t[Suivant()]--
Trace(t[1], t[2], t[3], n) // expect: 10, 1, -1, 3
PROCÉDURE Suivant()
n++
RENVOYER n
