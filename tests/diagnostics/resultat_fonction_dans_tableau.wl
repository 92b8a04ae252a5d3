// Le résultat d'une fonction, de type simple, stocké dans un tableau : WL110 (l'exécution le refuse)
t est un tableau de chaînes = fListeFichier("*.txt") // error: WL110:1 fListeFichier(...) is a string or integer: a value of type string or integer cannot be stored in 't', an array
u est un tableau de chaînes
u = Majuscule("a") // error: WL110:1 Majuscule(...) is a string: a value of type string cannot be stored in 'u', an array
v est un tableau de chaînes = ChaîneVersTableau(fListeFichier("*.txt"), RC)
Trace(t.Occurrence, u.Occurrence, v.Occurrence)
