// HAvance ?3044154 (en anglais HForward) : son exemple tel qu'écrit, sur la clé Name (la
// page écrit la clé NomClient puis NomCli). "L'enregistrement de destination est lu et
// chargé en mémoire" (VERIFIED) : Customer.Name et les autres rubriques sont celles du
// 2000e enregistrement. Au-delà du dernier, rien n'est lu : HAvance renvoie Faux, HEnDehors
// vaut Vrai et le buffer garde l'enregistrement lu avant l'appel, pas le dernier parcouru
// (décidé d'après la page : docs/hfsql.md "Reading and browsing").
POUR i = 1 A 2001
	HRAZ(Customer)
	Customer.Name = "C" + NumériqueVersChaîne(i, "04d")
	Customer.City = "Ville " + i
	HAjoute(Customer)
FIN
// Se positionne sur le 2000e enregistrement
// du fichier Customer selon la clé Name
HLitPremier(Customer, Name)
HAvance(Customer, Name, 1999)
Trace(Customer.Name, Customer.City, HNumEnr(Customer))          // expect: C2000, Ville 2000, 2000
// un enregistrement par défaut
Trace(HAvance(Customer, Name), Customer.Name, HEnDehors(Customer))  // expect: 1, C2001, 0
// au-delà de la fin : rien n'est lu
HLitRecherchePremier(Customer, Name, "C1990")
Trace(HAvance(Customer, Name, 50), HEnDehors(Customer), Customer.Name, Customer.City)  // expect: 0, 1, C1990, Ville 1990
// HRecule de même
HLitPremier(Customer, Name)
HAvance(Customer, Name, 4)
Trace(HRecule(Customer, Name, 2), Customer.Name)                // expect: 1, C0003
Trace(HRecule(Customer, Name, 9), HEnDehors(Customer), Customer.Name)  // expect: 0, 1, C0003
