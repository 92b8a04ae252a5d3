// Le code métier tel qu'on l'écrit dans WINDEV : mots-clés en casse mêlée, avec et sans
// accents, fichier et rubriques par indirection, filtre borné, bornes hValMin/hValMax.
HSurErreur("*", hErrTout, "")
noms est un tableau de chaînes = ["Dupont", "Martin", "dupont", "Durand", "Émile", "Dupontel"]
villes est un tableau de chaînes = ["Paris", "Lyon", "Lyon", "Nice", "Paris", "Paris"]
POUR i = 1 _A_ noms..Occurrence
	HRaz(CUSTOMER)
	Customer.Name = noms[i]
	customer.city = villes[i]
	Customer.Balance = i * 10.5
	SI PAS HAjoute(Customer) ALORS Erreur(HErreurInfo())
FIN
Trace(HNbEnr(Customer))                                   // expect: 6
// HLitRecherchePremier puis TANTQUE HTrouve / TANTQUE PAS HEnDehors
HLitRecherchePremier(CUSTOMER, NAME, "Dupont")
TantQue HTrouve(Customer)
	Trace(Customer.Name, Customer.City)
	HLitSuivant(Customer, Name)
Fin
// expect: Dupont, Paris
// expect: dupont, Lyon
hlitrecherchepremier(customer, name, "Dur")
tantque pas hendehors(customer)
	trace("suite", customer.name)
	hlitsuivant(customer, name)
fin
// expect: suite, Durand
// expect: suite, Émile
// expect: suite, Martin
SI HLitRecherche(Customer, Name, "DUP") ALORS Trace("générique", Customer.Name)   // expect: générique, Dupont
SI PAS HLitRecherche(Customer, Name, "DUP", hIdentique) ALORS Trace("pas identique", HEnDehors(Customer))   // expect: pas identique, 1
Trace(HLitRecherche(Customer, Name, "dupont" + Caract(0)), HTrouve(), Customer.Name)   // expect: 1, 1, Dupont
// HFiltre borné avec une condition : la clé renvoyée s'écrit comme dans l'analyse
sClé est une chaîne = HFiltre(Customer, name, "Dupont" + hValMin, "Dupont" + hValMax, "City = 'Paris'")
Trace(sClé)                                               // expect: Name
HLitPremier(Customer, sClé)
TANTQUE HEnDehors(Customer) = Faux
	Trace("filtré", Customer.Name)
	HLitSuivant(Customer, sClé)
FIN
// expect: filtré, Dupont
// expect: filtré, Dupontel
HFiltre(Customer, Name, "Dupont", "Dupont")
POUR TOUT Customer SUR Name
	Trace("exact", Customer.Name)
FIN
// expect: exact, Dupont
// expect: exact, dupont
HDésactiveFiltre(Customer)
// clé composée : HConstruitValClé complétée par hValMin / hValMax
HFiltre(Customer, CityName, HConstruitValClé(Customer, CityName, "Paris") + hValMin, HConstruitValClé(Customer, CityName, "Paris") + hValMax)
POUR TOUT Customer SUR CityName
	Trace("Paris", Customer.Name)
FIN
// expect: Paris, Dupont
// expect: Paris, Dupontel
// expect: Paris, Émile
HDesactiveFiltre(Customer)
SI HLitRecherchePremier(Customer, CityName, HConstruitValClé(Customer, CityName, "lyon", "MARTIN")) ALORS Trace("composée", Customer.Name)   // expect: composée, Martin
// fichier et rubrique donnés par indirection
sFic est une chaîne = "Customer"
sRub est une chaîne = "Name"
SI HLitRecherchePremier(sFic, sRub, "Durand") ALORS
	Trace({sFic + "." + sRub}, {sFic + ".City"})          // expect: Durand, Nice
	{sFic + ".City"} = "Nantes"
	HModifie({sFic})
FIN
HLitRecherchePremier(Customer, Name, "Durand")
Trace(Customer.City, {"customer.balance"} + 1)            // expect: Nantes, 43
// HExécuteRequêteSQL sur une requête que le programme ne déclare pas (une requête du
// projet) : son nom, puis REQ.COLONNE ; relancée sous le même nom
SI HExécuteRequêteSQL(REQ_Villes, hRequêteDéfaut, "SELECT City AS VILLE, COUNT(*) AS NB FROM Customer GROUP BY City ORDER BY City") ALORS
	HLitPremier(REQ_Villes)
	TANTQUE PAS HEnDehors(REQ_Villes)
		Trace(REQ_Villes.VILLE, REQ_Villes.NB)
		HLitSuivant(REQ_Villes)
	FIN
FIN
// expect: Lyon, 2
// expect: Nantes, 1
// expect: Paris, 3
HExécuteRequêteSQL(REQ_Villes, "SELECT COUNT(*) AS NB FROM Customer")
HLitPremier(REQ_Villes)
Trace(REQ_Villes.NB, HNbEnr(REQ_Villes))                 // expect: 6, 1
HRAZ(Customer)
Customer.CustomerID = 50
Customer.Name = "Forcé"
Trace(HEnregistre(Customer, hFixeIdAuto), Customer.CustomerID)   // expect: 1, 50
