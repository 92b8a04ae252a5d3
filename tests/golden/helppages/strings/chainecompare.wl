// Page d'aide ChaîneCompare (doc.pcsoft.fr ?3024011) : son exemple tel qu'il est écrit,
// avec une trace du résultat que la page annonce.
MaChaîne1 est une chaîne = "Le développement facile"
MaChaîne2 est une chaîne = "Le développement simple"
RésultatCompare est un entier = ChaîneCompare(MaChaîne1, MaChaîne2)
// RésultatCompare = -1 : le caractère 'f' est inférieur au caractère 's'
Trace(RésultatCompare) // expect: -1
