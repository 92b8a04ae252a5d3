// (méthode b) Les clients d'une ville par HFiltre sur la clé composée CityName (City + Name), bornes
// construites par HConstruitValClé, parcours à l'envers (HLitDernier / HLitPrécédent),
// HDésactiveFiltre, puis HNbEnr après des suppressions
POUR TOUT sClient DE ["Lyon|Dupont", "Lyon|Bernard", "Nice|Arnaud", "Lyon|Zola", "Paris|Curie", "lyon|Éric"]
	HRAZ(Customer)
	Customer.City = ExtraitChaîne(sClient, 1, "|")
	Customer.Name = ExtraitChaîne(sClient, 2, "|")
	HAjoute(Customer)
FIN
sVille est une chaîne = "Lyon"
HFiltre(Customer, CityName, HConstruitValClé(Customer, CityName, sVille, hValMin), HConstruitValClé(Customer, CityName, sVille, hValMax))
HLitDernier(Customer, CityName)
TANTQUE PAS HEnDehors(Customer)
	Trace(Customer.City + " " + Customer.Name)
	HLitPrécédent(Customer, CityName)
FIN
// expect: Lyon Zola
// expect: lyon Éric
// expect: Lyon Dupont
// expect: Lyon Bernard
Trace("lyonnais : " + HNbEnr(Customer))  // expect: lyonnais : 6
// (HNbEnr ne tient pas compte du filtre : décidé, docs/hfsql.md "Reading and browsing")
// de Bernard à Éric seulement
HFiltre(Customer, CityName, HConstruitValClé(Customer, CityName, sVille, "B"), HConstruitValClé(Customer, CityName, sVille, "E" + hValMax))
POUR TOUT Customer
	Trace(Customer.Name)
FIN
// expect: Bernard
// expect: Dupont
// expect: Éric
HDésactiveFiltre(Customer)
nTous est un entier = 0
HLitPremier(Customer, CityName)
TANTQUE HTrouve(Customer)
	nTous++
	SI Customer.City = "Paris" ALORS HSupprime(Customer)
	HLitSuivant(Customer, CityName)
FIN
Trace(nTous, HNbEnr(Customer), HNbEnr(Customer, hEtatActif + hEtatSupprimé))  // expect: 6, 5, 6
