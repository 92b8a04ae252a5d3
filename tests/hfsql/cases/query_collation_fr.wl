// Les recherches sur le texte d'un résultat de requête comparent comme les clés texte du fichier : sans casse ni accents
HRAZ(Customer)
Customer.Name = "Zoé"
Customer.City = "Paris"
HAjoute(Customer)
HRAZ(Customer)
Customer.Name = "adam"
Customer.City = "Évian"
HAjoute(Customer)
HRAZ(Customer)
Customer.Name = "Martin"
Customer.City = "lyon"
HAjoute(Customer)
sd est une Source de Données
HExécuteRequêteSQL(sd, "SELECT Name, City FROM Customer")
Trace(HLitRecherchePremier(sd, Name, "ZOE"), HTrouve(sd), sd.Name)   // expect: 1, 1, Zoé
Trace(HLitRecherche(sd, City, "evi"), sd.City)                       // expect: 1, Évian
Trace(HLitRechercheDernier(sd, City, "LYON"), sd.Name)               // expect: 1, Martin
HLitPremier(sd, Name)
Trace(sd.Name)                                                       // expect: adam
HLitSuivant(sd, Name)
Trace(sd.Name)                                                       // expect: Martin
POUR TOUT sd OÙ City = "PARIS"
    Trace(sd.Name)                                                   // expect: Zoé
FIN
REQ_Grand est une Requête SQL = "SELECT upper(Name) AS Grand FROM Customer"
HExécuteRequête(REQ_Grand)
Trace(HLitRecherchePremier(REQ_Grand, "Grand", "martin"), REQ_Grand.Grand)   // expect: 1, MARTIN
HFiltre(sd, "City COMME 'P%'")
POUR TOUT sd
    Trace(sd.Name)                                                   // expect: Zoé
FIN
