// Page d'aide "FormatNumérique (Type de variable)" (doc.pcsoft.fr ?1410089836) : son
// exemple tel qu'il est écrit, avec une Trace du résultat (la page n'en donne pas : le
// nôtre, d'après ses propriétés : 4 décimales, le signe toujours, les milliers séparés
// par "'", 8 caractères au moins), puis les exemples de son tableau de propriétés.
f est un FormatNumérique
f.Notation = fnnDécimal
f.Signe = fnsToujours
f.ChiffresAprèsVirgule = 4
f.LongueurMinimale = 8
f.SéparateurMilliers = "'"
f.CaractèreRemplissage = " "
sRésultat est chaîne = NumériqueVersChaîne(1234.567, f)
Trace(sRésultat)                                // expect: +1'234.5670
// "afficher '3.14' avec 4 chiffres après la virgule donne pour résultat '3.1400'"
g est un FormatNumérique
g.ChiffresAprèsVirgule = 4
Trace(NumériqueVersChaîne(3.14, g))             // expect: 3.1400
// "afficher '3.14' sur 6 caractères avec "x" comme caractère de remplissage donne
// "3.14xx"" : le remplissage à droite est celui de fncGauche (la page donne fncDroite,
// remplissage à gauche, par défaut : docs/builtins.md "NumericFormat")
h est un FormatNumérique
h.ChiffresAprèsVirgule = 2
h.LongueurMinimale = 6
h.CaractèreRemplissage = "x"
h.Alignement = fncGauche
Trace(NumériqueVersChaîne(3.14, h))             // expect: 3.14xx
h.Alignement = fncDroite
Trace(NumériqueVersChaîne(3.14, h))             // expect: xx3.14
// par défaut : 6 chiffres après la virgule
k est un FormatNumérique
Trace(NumériqueVersChaîne(-2.5, k))             // expect: -2.500000
