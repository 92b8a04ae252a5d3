// POUR TOUT sans SUR, sous un filtre actif : le parcours suit la clé renvoyée par HFiltre
libellés est un tableau de chaînes = ["poire", "Abricot", "figue", "banane", "cerise"]
POUR i = 1 À 5
	HRAZ(Product)
	Product.Reference = "REF" + i
	Product.Label = libellés[i]
	Product.Price = i
	HAjoute(Product)
FIN
HLitPremier(Product, Reference)
Trace(HFiltre(Product, Label, "b", "g"))   // expect: Label
POUR TOUT Product
	Trace(Product.Label)
FIN
// expect: banane
// expect: cerise
// expect: figue
POUR TOUT Product SUR Reference
	Trace(Product.Reference)
FIN
// expect: REF3
// expect: REF4
// expect: REF5
HDésactiveFiltre(Product)
n est un entier
POUR TOUT Product
	n++
FIN
Trace(n)                                   // expect: 5
