// Un indice littéral au-delà de la taille déclarée d'un tableau dynamique que rien n'a pu
// changer (la variable n'est jamais qu'indicée, déclarée sans valeur, aucune procédure ne
// l'atteint) : WL110 dans les mots de l'exécution, différé ; un tableau que quelque chose
// peut agrandir est laissé à l'exécution
tabTaux est un tableau de 3 entiers
tabTaux[1] = 5
tabTaux[4] = 1 // error: WL110:1 Index 4 is out of range: the array has 3 element(s)
Trace(tabTaux[5]) // error: WL110:7 Index 5 is out of range: the array has 3 element(s)
tabGrille est un tableau de 2 par 2 entiers
tabGrille[1, 3] = 1 // error: WL110:1 Index 3 is out of range for dimension 2 (size 2)
tabAgrandi est un tableau de 3 entiers
TableauAjoute(tabAgrandi, 9)
Trace(tabAgrandi[4])
tabDonné est un tableau de 2 entiers = [1, 2, 3]
Trace(tabDonné[3])
tabPartagé est un tableau de 2 entiers
Remplit()
Trace(tabPartagé[3])
Compte()

PROCÉDURE Remplit()
TableauAjoute(tabPartagé, 1)
TableauAjoute(tabPartagé, 2)
TableauAjoute(tabPartagé, 3)

PROCÉDURE Compte()
tabLocal est un tableau de 2 entiers
tabLocal[2] = 1
tabLocal[3] = 1 // error: WL110:1 Index 3 is out of range: the array has 2 element(s)
tabAutre est un tableau de 2 entiers
SI TableauOccurrence(tabAutre) > 2 ALORS Trace(tabAutre[3])
