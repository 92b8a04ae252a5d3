// Un INSERT écrit à la main qui omet l'identifiant automatique (le `INSERT INTO Customer
// (Name) VALUES (...)` d'un CRUD WEBDEV passé à HExécuteRequêteSQL) : chaque nouvel
// enregistrement reçoit son identifiant, après ceux qu'HAjoute a donnés, comme HAjoute le
// ferait. Sur SQLite l'instruction était refusée (« the database refused NULL in the
// column CustomerID »). Un INSERT qui donne lui-même les identifiants fait passer la
// numérotation après eux : le HAjoute suivant ne reprend pas un identifiant déjà pris
// (docs/hfsql.md "Automatic identifiers").
HRAZ(Customer)
Customer.Name = "Dupont"
HAjoute(Customer)
Trace(Customer.CustomerID)                                              // expect: 1
sd est une Source de Données
Trace(HExécuteRequêteSQL(sd, hRequêteSansCorrection, "INSERT INTO Customer (Name, City) VALUES ('Ana', 'Lyon'), ('Bob ; père', 'Nice');")) // expect: 1
Trace(HExécuteRequêteSQL(sd, "INSERT INTO Customer (Name) SELECT Name || ' fils' FROM Customer WHERE City = 'Lyon'")) // expect: 1
HRAZ(Customer)
Customer.Name = "Martin"
HAjoute(Customer)
Trace(Customer.CustomerID)                                              // expect: 5
Trace(HExécuteRequêteSQL(sd, "INSERT INTO Customer (CustomerID, Name) VALUES (40, 'Donné')")) // expect: 1
HRAZ(Customer)
Customer.Name = "Après"
HAjoute(Customer)
Trace(Customer.CustomerID)                                              // expect: 41
// une instruction refusée ne consomme aucun identifiant
Trace(HExécuteRequêteSQL(sd, "INSERT INTO Customer (Name, Nulle_part) VALUES ('x', 1)"), HErreur() <> 0) // expect: 0, 1
HRAZ(Customer)
Customer.Name = "Dernier"
HAjoute(Customer)
Trace(Customer.CustomerID)                                              // expect: 42
POUR TOUT Customer
	Trace(Customer.CustomerID, Customer.Name)
FIN
// expect: 1, Dupont
// expect: 2, Ana
// expect: 3, Bob ; père
// expect: 4, Ana fils
// expect: 5, Martin
// expect: 40, Donné
// expect: 41, Après
// expect: 42, Dernier
