// Le résultat d'une fonction, de type simple, stocké dans un tableau, une structure ou un objet :
// WL110 (l'exécution le refuse)
STPoint est une Structure
	x est un entier
FIN
p est un STPoint = fChargeTexte("a.txt") // error: WL110:1 fChargeTexte(...) is a string: a value of type string cannot be stored in 'p', a STPoint (structure)
Trace(p.x)
t est un tableau de chaînes = fListeFichier("*.txt") // error: WL110:1 fListeFichier(...) is a string: a value of type string cannot be stored in 't', an array
u est un tableau de chaînes
u = Majuscule("a") // error: WL110:1 Majuscule(...) is a string: a value of type string cannot be stored in 'u', an array
v est un tableau de chaînes = ChaîneVersTableau(fListeFichier("*.txt"), RC)
Trace(t.Occurrence, u.Occurrence, v.Occurrence)
