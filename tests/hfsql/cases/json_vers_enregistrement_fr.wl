// HJSONVersEnregistrement ?1000021910, <Source>.JSONVersEnregistrement ?1000025009, en
// français : l'exemple de la page sur notre fichier Customer, puis ses paramètres.
soit sChaîne1 = "{ ""Name"":""Tintin"", ""City"":[""Milou"", ""IDEFIX""] }"
soit b1 = HJSONVersEnregistrement(Customer, sChaîne1)
SI ErreurDétectée = Vrai ALORS
	Trace(HErreurInfo())
	// les sous-erreurs : une par rubrique refusée
	POUR i = 1 _À_ ErreurInfo(errNombreSousErreur)
		Trace("Sous-erreur " + i + " : " + ErreurInfo(errMessage, i))
	FIN
FIN
// expect: HJSONVersEnregistrement: an object or an array cannot be imported into the item(s) City.
// expect: Sous-erreur 1 : HJSONToRecord: the item City: an object or an array cannot be imported.
Trace(b1, Customer.Name)                                  // expect: 0, Tintin
HAjoute(Customer)
soit b2 = Customer.JSONVersEnregistrement("{ ""name"":""Milou"", ""City"": ""Moulinsart"" }")
Trace(b2, Customer.Name, Customer.City)                   // expect: 1, Milou, Moulinsart
HAjoute(Customer)
Trace(HNbEnr(Customer))                                   // expect: 2
j est un JSON = "{""Nom"": ""Haddock"", ""Ville"": ""Moulinsart""}"
Trace(HJSONVersEnregistrement(Customer, j, "Name" + RC + "City", "Nom" + RC + "Ville"), Customer.Name, Customer.City)
// expect: 1, Haddock, Moulinsart
Trace(HJSONVersEnregistrement(Customer, "pas du JSON"), HErreur() <> 0)   // expect: 0, 1
Trace(ErreurInfo(errNumberSubError), ErreurInfo(errMessage, 1))   // expect: 1, line 1, column 1: Expecting value.
Trace(HJSONVersEnregistrement(Customer, Répète("{""a"":", 100000)), Position(HErreurInfo(hErrMessage), "nested") > 0)   // expect: 0, 1
// <Source>.JSONVersEnregistrement ?1000025009 : la boucle sur les sous-erreurs, forme méthode
soit b3 = Customer.JSONVersEnregistrement("{ ""Name"":""Tintin"", ""City"":[""Milou"", ""IDEFIX""] }")
SI ErreurDétectée ALORS
	POUR i = 1 _À_ ErreurInfo(errNombreSousErreur)
		Trace("Sous-erreur " + i + " : " + ErreurInfo(errMessage, i))
	FIN
FIN
// expect: Sous-erreur 1 : HJSONToRecord: the item City: an object or an array cannot be imported.
