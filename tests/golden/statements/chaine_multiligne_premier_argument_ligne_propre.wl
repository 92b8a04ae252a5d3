// un appel dont la `(` finit la ligne, son premier argument une chaîne multiligne sur les
// lignes suivantes et les autres arguments sur des lignes à eux (une ligne de commande
// construite ainsi dans une procédure d'un générateur de code public) : une seule
// instruction, les arguments dans leur ordre
sExe, sScript, sEntrée, sSortie sont des chaînes
sExe = "node"
sScript = "cli.js"
sEntrée = "entree.json"
sSortie = "sortie.txt"
sCommande est une chaîne
sCommande = ChaîneConstruit(
[
	"%1" "%2" "%3" "%4"
],
sExe, sScript, sEntrée, sSortie)
Trace(sCommande) // expect: "node" "cli.js" "entree.json" "sortie.txt"
Trace(Max(
	4,
	9
	)) // expect: 9
nTotal est un entier = Somme(
	1,
	2)
Trace(nTotal) // expect: 3
PROCÉDURE Somme(a est un entier, b est un entier)
RENVOYER a + b
