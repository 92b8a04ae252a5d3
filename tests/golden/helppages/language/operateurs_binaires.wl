// Page d'aide "Opérateurs binaires" (?1512009, lue en anglais) : ses exemples de décalage
// écrits avec les noms français, une Trace de chaque résultat annoncé, puis le ET, le OU,
// le OU exclusif (`||`) et le NON binaires sur nos valeurs, en opérateurs et en fonctions.
Trace(bitDécaleGauche(4,1)) // Renvoie 8
// expect: 8
Trace(bitDécaleDroite(4,2)) // Renvoie 1
// expect: 1
// Les bits qui dépassent la taille de <Valeur 1> sont ignorés
Trace(bitDécaleGauche(4,30), bitDécaleDroite(4,4))
// expect: 0, 0
// <Valeur 2> supérieure à la taille de <Valeur 1> : toujours 0
Trace(bitDécaleGauche(4,35))
// expect: 0
Trace(4 bitDécaleGauche 1, 4 bitDecaleDroite 2)
// expect: 8, 1
Trace(12 & 10, 12 | 10, 12 || 10, ~0)
// expect: 8, 14, 6, -1
Trace(ETBinaire(12, 10), OUBinaire(12, 10), OUExclusifBinaire(12, 10), NONBinaire(0))
// expect: 8, 14, 6, -1
// La largeur du résultat suit le tableau des types de la page : un entier sur 8 octets
// se décale sur 64 bits
n8 est un entier sur 8 octets = 4
Trace(bitDécaleGauche(n8, 35), n8 bitDécaleGauche 35, bitDécaleGauche(n8, 64))
// expect: 137438953472, 137438953472, 0
