// HInfoRubrique, HListeLiaison, HVersion, HRécupèreEnregistrement, HStat..., HImporteTexte, HExporteXML
HRAZ(Customer)
Customer.Name = "Léa"
HAjoute(Customer)
Trace(Remplace(HInfoRubrique(Customer, Name), TAB, "|"))   // expect: Name|2|40|2062|0
Trace(Remplace(HListeLiaison(Orders), TAB, "|"))   // expect: CustomerOrders|Customer|CustomerID|Orders|CustomerID
n est un entier = HVersion(Customer)
HRAZ(Customer)
Customer.Name = "Léo"
HAjoute(Customer)
Trace(HVersion(Customer) - n)                   // expect: 1
Trace(Remplace(HRécupèreEnregistrement(Customer), TAB, "|"), HRecupereEnregistrement(Customer, "/"))
// expect: 2|Léo|||||0|0|, 2/Léo/////0/0/
Trace(HStatCalcule(Customer), HStatNbEnr(Customer), HStatNbDoublon(Customer, City), HStatNbEnrIntervalle(Customer, Name, "le", "lf"))
// expect: 1, 2, 1, 2
Trace(HStatDate(Customer) = DateSys(), Taille(HStatHeure(Customer)))   // expect: 1, 8
sF est une chaîne = fRepTemp() + ["/"] + "wl_hfsql_" + DonneUUID() + ".txt"
fSauveTexte(sF, "P1;Pelle" + RC + "P2;Pioche" + RC)
Trace(HImporteTexte(Product, sF, "Reference,Label"), HNbEnr(Product))   // expect: 1, 2
sX est une chaîne = fRepTemp() + ["/"] + "wl_hfsql_" + DonneUUID() + ".xml"
Trace(HExporteXML(Product, sX, "Reference"))   // expect: 1
Trace(fChargeTexte(sX))
// expect: <?xml version="1.0" encoding="UTF-8"?>
// expect: <Product>
// expect:   <Record><Reference>P1</Reference></Record>
// expect:   <Record><Reference>P2</Reference></Record>
// expect: </Product>
// expect:
fSupprime(sF)
fSupprime(sX)
