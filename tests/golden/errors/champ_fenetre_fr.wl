// Un champ de fenêtre utilisé hors d'une fenêtre (décidé : docs/check.md) : l'exécution
// s'arrête là où il sert, en disant ce qu'est le nom.
Trace("avant")   // expect: avant
// Le préfixe compte en majuscules seulement (le code réel écrit SAI_, LIB_, BTN_...) :
// ces noms non déclarés sont des variables, pas des champs.
int_compteur = 3   // wl: ignore[WL101]
sai_nom = "Dupont"   // wl: ignore[WL101]
Trace(int_compteur, sai_nom)   // wl: ignore[WL101] // expect: 3, Dupont
sVille est une chaîne = SAI_Ville   // expect error: control SAI_Ville: not available outside the IDE
