// {"nom"} au-dessus de la déclaration de la variable de la fonction qui porte ce nom,
// sans variable du code principal de ce nom : l'exécution s'arrête à l'accolade
// ("used before its declaration"), la vérification le dit là (WL101), comme pour le nom
// écrit tel quel ; affectée ainsi, comme `nCompte = 2` avant sa déclaration.
gsPrincipal est une chaîne = "principal"
Totaliser()

PROCÉDURE Totaliser()
Trace({"nCompte"}) // error: WL101:7 'nCompte' is used before its declaration
{"ncompte"} = 2 // error: WL101:1 'nCompte' is assigned before its declaration
Trace({"gsPrincipal"})
sNom est une chaîne = "nCompte"
Trace({sNom})
nCompte est un entier = 3
gsPrincipal est une chaîne = "locale" // warning: WL205:1 'gsPrincipal' hides the variable of the same name declared at line 5
Trace({"nCompte"}, nCompte, gsPrincipal)
