// HExporteCSV, HExporteJSON, HImporteJSON, HImporteXML en français
HRAZ(Customer)
Customer.Name = "Zoé"
Customer.City = "Brest"
Customer.VIP = Vrai
HAjoute(Customer)
sBase est une chaîne = fRepTemp() + ["/"] + "wl_hfsql_" + DonneUUID()
Trace(HExporteCSV(Customer, sBase + ".csv", "Name,City,VIP"))   // expect: 1
Trace(Remplace(fChargeTexte(sBase + ".csv"), RC, "|"))   // expect: Name;City;VIP|Zoé;Brest;1|
Trace(HExporteJSON(Customer, sBase + ".json", "Name,City"), HExporteXML(Customer, sBase + ".xml", "Name,City"))   // expect: 1, 1
HSupprimeTout(Customer)
Trace(HImporteJSON(Customer, sBase + ".json"), HNbEnr(Customer))   // expect: 1, 1
HSupprimeTout(Customer)
Trace(HImporteXML(Customer, sBase + ".xml"), HNbEnr(Customer))   // expect: 1, 1
HLitPremier(Customer, Name)
Trace(Customer.Name, Customer.City)                     // expect: Zoé, Brest
fSupprime(sBase + ".csv")
fSupprime(sBase + ".json")
fSupprime(sBase + ".xml")
