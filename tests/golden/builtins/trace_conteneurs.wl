// Trace accepte une information de "tout type" (page ?3013050) : un tableau, un
// tableau associatif, une structure ou un objet s'affiche en texte JSON compact (décidé).
t est un tableau de chaînes = ["a", "b"]
Trace(t) // expect: ["a","b"]
CProduit est une Classe
    nom est une chaîne
    prix est un entier
FIN
o est un CProduit
o.nom = "Thé"
o.prix = 3
Trace("produit :", o) // expect: produit :, {"nom":"Thé","prix":3}
