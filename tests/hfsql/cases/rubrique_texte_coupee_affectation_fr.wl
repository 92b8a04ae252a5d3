// Une rubrique texte contient au plus sa taille (Product.Reference : texte 9) : un texte
// plus long est coupé dès l'affectation, comme dans une variable `chaîne sur 9` ; le
// buffer, HAjoute et l'enregistrement relu concordent
HRAZ(Product)
Product.Reference = "ABCDEFGHIJKLMN"
Trace(Product.Reference, Taille(Product.Reference))   // expect: ABCDEFGHI, 9
Product.Label = "Boulon"
HAjoute(Product)
Trace(Product.Reference)                               // expect: ABCDEFGHI
HLitRecherchePremier(Product, Reference, "ABCDEFGHI")
Trace(HTrouve(Product), Product.Reference, Product.Label)   // expect: 1, ABCDEFGHI, Boulon
// un nombre est converti, puis coupé
Product.Reference = 12345678901234
Trace(Product.Reference)                               // expect: 123456789
// une concaténation au-delà de la taille garde les 9 premiers caractères
product.reference = "RÉF"
product.reference += "-0000000001"
trace(product.reference)                               // expect: RÉF-00000
hmodifie(product)
HLitPremier(Product, Reference)
Trace(Product.Reference)                               // expect: RÉF-00000
// un texte de la taille exacte, et un plus court, sont gardés tels quels
Product.Reference = "123456789"
Trace(Product.Reference)                               // expect: 123456789
Product.Reference = "AB"
Trace(Product.Reference, Taille(Product.Reference))   // expect: AB, 2
// une rubrique mémo n'a pas de taille : rien n'est coupé
Customer.Notes = Répète("x", 500)
Trace(Taille(Customer.Notes))                          // expect: 500
