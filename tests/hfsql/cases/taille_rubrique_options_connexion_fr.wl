// Customer.Name..Taille est la taille de la rubrique dans l'analyse (c'était « A string
// has no property 'Size' ») ; le ..Cryptage et la ..Compression d'une connexion, que le code client/serveur
// règle, sont gardés et relus, sans effet sur SQLite ni PostgreSQL (décidé, INFERRED :
// docs/hfsql.md « Record buffer », « Connections » ; c'était « a Connection has no
// property »).
HRAZ(Customer)
Customer.Name = "Dupont"
HAjoute(Customer)
Trace(Customer.Name..Taille, Customer.City..Taille, Customer.Name..Type = hRubTexte)  // expect: 40, 30, 1
// la longueur de la valeur est celle de Taille(), pas la taille de la rubrique
Trace(Taille(Customer.Name))                                          // expect: 6
cnxBoutique est une Connexion
cnxBoutique..Provider = hAccèsHFClientServeur
cnxBoutique..Serveur = "srv-erp:4900"
Trace(cnxBoutique..Cryptage = hCryptageAucun, cnxBoutique..Compression)  // expect: 1, 0
cnxBoutique..Cryptage = hCryptageRC5_16
cnxBoutique..Compression = Vrai
Trace(cnxBoutique..Cryptage = hCryptageRC5_16, cnxBoutique..Compression)  // expect: 1, 1
// chaque niveau de cryptage est une valeur à part, gardée telle que réglée
cnxBoutique..Cryptage = hCryptageRC5_24
Trace(cnxBoutique..Cryptage = hCryptageRC5_24, cnxBoutique..Cryptage = hCryptageRC5_12)  // expect: 1, 0
// la colonne d'une requête nommée comme une rubrique a la taille de cette rubrique ;
// une colonne calculée 0 (décidé : docs/hfsql.md "Queries, data sources, aliases")
dsTaille est une Source de Données
HExécuteRequêteSQL(dsTaille, "SELECT Name, City AS Ville, Upper(Name) AS Gros, CustomerID FROM Customer")
HLitPremier(dsTaille)
Trace(dsTaille.Name..Taille, dsTaille.Ville..Taille, dsTaille.Gros..Taille, dsTaille.CustomerID..Taille)   // expect: 40, 0, 0, 8
POUR TOUT dsTaille
	Trace(dsTaille.Name, dsTaille.Name..Taille)                      // expect: Dupont, 40
FIN
