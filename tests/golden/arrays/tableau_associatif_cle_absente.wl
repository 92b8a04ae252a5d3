// Lire une clé qu'un tableau associatif ne contient pas, sans valeur par défaut déclarée,
// donne la valeur par défaut du type des éléments et ne crée rien (docs/semantics.md
// "Associative arrays") : le projet e-commerce de PC SOFT lit `aaProduit[id]` et compare
// le résultat à 0 avant d'ajouter le produit.
ST_Ligne est une Structure
    qte est un entier
FIN
aaRang est un TABLEAU ASSOCIATIF d'entiers
aaNom est un tableau associatif de chaînes
aaLigne est un tableau associatif de ST_Ligne
aaPrix est un tableau associatif de monétaires
nRang est un entier = aaRang[42]
SI nRang = 0 ALORS
    aaRang[42] = 1
FIN
Trace(nRang, aaRang[42], aaRang..Occurrence)   // expect: 0, 1, 1
Trace("[" + aaNom["x"] + "]", aaNom..Occurrence)   // expect: [], 0
Trace(aaLigne["k"].qte, aaLigne..Occurrence)   // expect: 0, 0
Trace(aaPrix["thé"] + 1.5)   // expect: 1.5
Trace(aaRang["absente"]..Existe, aaRang..Occurrence)   // expect: 0, 1
// Une valeur par défaut déclarée l'emporte
aaDéf est un tableau associatif (*, -1) d'entiers
Trace(aaDéf["x"])   // expect: -1
// Un tableau d'objets : une lecture construirait un objet que personne n'a rangé
CArticle est une Classe
    m_n est un entier
FIN
aaObj est un tableau associatif de CArticle
Trace(aaObj["personne"].m_n)   // expect error: The element 'personne' does not exist
