// POUR TOUT Fichier AVEC/OÙ Rubrique [= valeur (commence par) et [=] (contient) : la
// rubrique texte comparée comme sa clé (casse et accents ignorés sur une clé texte)
AjouteClient("Alain", "Paris")
AjouteClient("albert", "Lyon")
AjouteClient("Émilie", "Nice")
AjouteClient("Bob", "Alès")
AjouteClient("Al", "Paris")
POUR TOUT Customer AVEC Name [= "Al"
	Trace(Customer.Name)
FIN
// expect: Alain
// expect: albert
// expect: Al
pour tout Customer sur Name où Name [= "al" et City = "paris"
	trace(Customer.Name)
fin
// expect: Al
// expect: Alain
sDébut est une chaîne = "em"
POUR TOUT Customer avec Name [= sDébut
	Trace(Customer.Name, Customer.City)
FIN
// expect: Émilie, Nice
POUR TOUT Customer SUR Name AVEC Name [=] "LI"
	Trace(Customer.Name)
FIN
// expect: Émilie
POUR TOUT Customer AVEC City [=] "YO"
	Trace(Customer.City)
FIN
// expect: Lyon
n est un entier = 0
POUR TOUT Customer AVEC Name [= "Z"
	n++
FIN
Trace(n)   // expect: 0
POUR TOUT Customer AVEC Balance [= "1"
	n++
FIN
// expect error: '[=' compares a text item with a text; Balance is no text item

PROCÉDURE AjouteClient(sNom, sVille)
HRAZ(Customer)
Customer.Name = sNom
Customer.City = sVille
HAjoute(Customer)
