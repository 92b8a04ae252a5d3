// une chaîne multiligne entre guillemets (comme l'écrit un tutoriel WINDEV en français) ;
// Texte[i SUR n] prend n caractères à partir du i-ème
ListeProduits est une chaîne = "
WINDEV
WEBDEV
WINDEV Mobile
"
Trace(ExtraitChaîne(ListeProduits, 2, RC)) // expect: WEBDEV
Texte est une chaîne = "San Francisco"
Trace(Texte[10 SUR 3]) // expect: isc
Trace(Texte[5 À 10]) // expect: Franci
Trace(Texte[À 10]) // expect: San Franci
