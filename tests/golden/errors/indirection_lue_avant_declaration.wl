// {"nCompte"} lu au-dessus de la variable nCompte de la procédure, sans variable du code
// principal de ce nom : l'exécution s'arrête à l'accolade, avec les mots de `wl check`
// (WL101, tests/diagnostics/indirection_lue_avant_declaration.wl), une seule fois
Totaliser()
PROCÉDURE Totaliser()
Trace("début") // expect: début
Trace({"nCompte"}) // expect error: 'nCompte' is used before its declaration
nCompte est un entier = 3
