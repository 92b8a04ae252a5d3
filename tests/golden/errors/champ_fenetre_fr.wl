// Un champ de fenêtre utilisé hors d'une fenêtre (décidé : docs/check.md) : l'exécution
// s'arrête là où il sert, en disant ce qu'est le nom.
Trace("avant")   // expect: avant
sVille est une chaîne = SAI_Ville   // expect error: control SAI_Ville: not available outside the IDE
