// HEnregistrementVersJSON sur une Source de Données : l'enregistrement un niveau plus bas,
// sous "_SOURCE_<nom>_1", comme WINDEV l'écrit (le code réel qui lit sa sortie enlève ce
// niveau ; sa page n'est pas stockée : décidé, docs/hfsql.md "HRecordToJSON on a Data
// Source") ; sur un fichier de données, et sur une requête nommée par un texte, un niveau
HRAZ(Customer)
Customer.Name = "Dupont"
Customer.City = "Lyon"
HAjoute(Customer)
HRAZ(Customer)
Customer.Name = "Martin"
Customer.City = "Nice"
HAjoute(Customer)
MaRequête est une Source de Données
HExécuteRequêteSQL(MaRequête, hRequêteSansCorrection, "SELECT Name, City FROM Customer ORDER BY Name")
sLignes est une chaîne
HLitPremier(MaRequête)
TANTQUE PAS HEnDehors(MaRequête)
	sLignes += HEnregistrementVersJSON(MaRequête) + CR
	HLitSuivant(MaRequête)
FIN
Trace(sLignes)
// expect: {"_SOURCE_MaRequête_1": {"Name": "Dupont", "City": "Lyon"}}
// expect: {"_SOURCE_MaRequête_1": {"Name": "Martin", "City": "Nice"}}
// expect:
// les rubriques listées, dans le même niveau
HLitPremier(MaRequête)
Trace(HEnregistrementVersJSON(MaRequête, "City"))         // expect: {"_SOURCE_MaRequête_1": {"City": "Lyon"}}
// relu comme le fait le code réel : l'unique membre, puis ses rubriques
jLigne est un JSON = HEnregistrementVersJSON(MaRequête)
Trace(jLigne["_SOURCE_MaRequête_1"].Name)          // expect: Dupont
// un fichier de données : un niveau
HLitPremier(Customer, Name)
Trace(HEnregistrementVersJSON(Customer, "Name,City"))   // expect: {"Name": "Dupont", "City": "Lyon"}
