// Du code porté de C#, Java ou C (ou du WLangage écrit de mémoire) déclare le type
// d'abord ; le WLangage écrit le nom d'abord. L'erreur cite les deux mots de la ligne et
// dit comment écrire la déclaration.
nTotal est un entier = 3
chaîne sLibellé = "Remise" // expect error: 'chaîne sLibellé' is no WLanguage declaration (the name comes first): write sLibellé est une chaîne = ...
Trace(nTotal, sLibellé)
