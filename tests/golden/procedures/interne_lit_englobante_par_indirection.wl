// Une procédure interne qui n'atteint une variable de sa procédure ou méthode englobante
// que par indirection (`{"nTotal"}`, sans `nTotal` écrit en clair) lit et écrit cette
// variable (docs/semantics.md "Indirection") ; la lecture s'arrêtait sur "The variable
// 'nTotal' is used before its declaration.".
gsTrace est une chaîne
Totaux()
Trace(gsTrace) // expect: 5 7 8
o est un CPanier
o.Compte()
Trace(gsTrace) // expect: 3 pommes 4

PROCÉDURE Totaux()
PROCÉDURE INTERNE Montre()
    gsTrace += {"nTotal"} + " "
FIN
nTotal est un entier = 5
Montre()
PROCÉDURE INTERNE Fixe(sNom est une chaîne)
    {sNom} = "7"
FIN
Fixe("nTotal")
Montre()
PROCÉDURE INTERNE Externe()
    PROCÉDURE INTERNE Profonde()
        {"NTOTAL"} += 1
        gsTrace += {"nTotal"}
    FIN
    Profonde()
FIN
Externe()

CPanier est une Classe
FIN

PROCÉDURE CPanier::Compte()
nArticles est un entier = 3
sFruit est une chaîne = "pommes"
PROCÉDURE INTERNE Dit()
    gsTrace = {"nArticles"} + " " + {"sFruit"}
    {"nArticles"} = {"nArticles"} + 1
FIN
Dit()
gsTrace += " " + nArticles
