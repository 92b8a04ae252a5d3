// Les noms de la syntaxe préfixée des fonctions de tableau, appelés comme des fonctions
// (comme Ajoute pour TableauAjoute) : Inverse (chaînes aussi), Déplace, Occurrence,
// AjouteRéférence, InsèreRéférence, ChercheParProcédure
tab est un tableau d'entiers = [3, 1, 2]
Inverse(tab)
Trace(TableauVersChaîne(tab, ";")) // expect: 2;1;3
Trace(Inverse("élan")) // expect: nalé
Deplace(tab, 1, 3)
Trace(TableauVersChaîne(tab, ";")) // expect: 1;3;2
Trace(Occurrence(tab), Occurrence("banane", "an")) // expect: 3, 2
x est un entier = 9
AjouteRéférence(tab, x)
InsereReference(tab, 1, x)
Trace(TableauVersChaîne(tab, ";")) // expect: 9;1;3;2;9
Trace(ChercheParProcédure(tab, Compare, tcLinéaire, 0, 2)) // expect: 4
Trace(Occurrence(42)) // expect error: Occurrence: give the text to count as second parameter when counting in a string, or count an array.
PROCÉDURE Compare(v, cherché)
RENVOYER v - cherché
