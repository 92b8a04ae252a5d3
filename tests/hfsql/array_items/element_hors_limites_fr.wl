// Un élément hors des limites de sa rubrique tableau dans le SQL d'une requête : une
// erreur de requête qui nomme l'élément et la dimension de la rubrique, et la variable
// Source de Données de la requête (docs/hfsql.md "Array items, stored").
Contact.Name = "Anne"
Contact.Phone[1] = "111"
Trace(HAjoute(Contact)) // expect: 1
REQ est une Source de Données
Trace(HExécuteRequêteSQL(REQ, "SELECT Phone[0] AS z FROM Contact")) // expect: 0
Trace(HErreurInfo()) // expect: query REQ: Contact.Phone[0]: the array item Phone has 3 elements (1 to 3).
Trace(HErreur() = 70800) // expect: 1
Trace(HExecuteRequeteSQL(REQ, "SELECT Name FROM Contact WHERE Phone[9] = '1'")) // expect: 0
Trace(HErreurInfo()) // expect: query REQ: Contact.Phone[9]: the array item Phone has 3 elements (1 to 3).
Trace(HExécuteRequêteSQL(REQ, "SELECT Phone[3] AS z FROM Contact WHERE Name <> 'Phone[9]'")) // expect: 1
Trace(HExécuteRequêteSQL(REQ, "SELECT Nme FROM Contact")) // expect: 0
Trace(Position(HErreurInfo(), "query REQ:") = 1) // expect: 1
// une Source de Données nommée comme un fichier de données garde un nom à elle
Trace(MêmeNom()) // expect: 0, 1
PROCÉDURE MêmeNom()
Contact est une Source de Données
r est un booléen = HExécuteRequêteSQL(Contact, "SELECT Nme FROM Contact")
RENVOYER r + ", " + (Position(HErreurInfo(), "query Contact:") = 0)
