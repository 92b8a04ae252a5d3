// ChaîneVersJSON et JSONVersChaîne : d'un texte à une valeur JSON et retour.
soit json = ChaîneVersJSON("{""nom"": ""TestName"", ""id"": 2, ""vrai"": true, ""liste"": [5,5,6,2,47]}")
Trace(json.nom, json.liste[2], json.vrai)   // expect: TestName, 5, 1
jDoc est un JSON = chaineversjson("{""data"": {""pages"": [1, 2]}}")
sJsonData est une chaîne = JSONVersChaîne(jDoc.data)
Trace(sJsonData)   // expect: {"pages":[1,2]}
mauvais est un JSON = ChaîneVersJSON("[1,")
Trace(ErreurDétectée, JSONVersChaîne(mauvais))   // expect: 1, {}
Trace(ErreurInfo(errNombreSousErreur), ErreurInfo(errMessage, 1))   // expect: 1, line 1, column 4: Expecting value.
