// Un mot-clé de l'autre langue (ou dans une autre casse) reste un mot-clé : `eSt` est
// EST, il ne peut pas nommer une variable ; l'erreur le dit (docs/semantics.md)
nTotal est un entier = 1
eSt = 3 // expect error: 'eSt' is a WLanguage keyword (IS / EST, any case)
