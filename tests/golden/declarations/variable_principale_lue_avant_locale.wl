// Un nom simple (pas celui d'une constante) lu dans une procédure ou une méthode au-dessus
// de la déclaration de sa propre variable de ce nom est la variable du code principal de
// ce nom : la locale n'existe qu'à partir de sa déclaration (INFERRED, docs/semantics.md
// "A name read above its variable's declaration") ; vérification et exécution
// s'arrêtaient sur "used before its declaration" (WL101).
sVille est une chaîne = "Lyon"
nNombre est un entier = 2
Bilan() // expect: Lyon 2
// expect: Nice 7
nNombre = 5
Bilan() // expect: Lyon 5
// expect: Nice 7
o est un CBoutique
o.Ouvre() // expect: [Lyon]
// expect: []

PROCÉDURE Bilan()
Trace(sVille + " " + nNombre)
sVille est une chaîne = "Nice"
nNombre est un entier = 7
Trace(sVille + " " + nNombre)

CBoutique est une Classe
FIN

PROCÉDURE CBoutique::Ouvre()
Trace("[" + sVille + "]")
sVille est une chaîne
Trace("[" + sVille + "]")
