// Un INSERT écrit à la main qui omet l'identifiant automatique et finit par ON CONFLICT
// ou RETURNING : sur SQLite il s'exécutait tel quel et la base refusait l'identifiant
// NULL ; il est maintenant numéroté comme tout INSERT de ce genre, la clause gardée après
// les lignes (docs/hfsql.md « Automatic identifiers »). Ce que RETURNING renvoie n'est
// pas gardé : une instruction autre qu'un SELECT ne donne pas de résultat.
HRAZ(Customer)
Customer.Name = "Dupont"
Customer.Email = "dupont@example.org"
HAjoute(Customer)
sd est une Source de Données
// la ligne dont l'e-mail existe est sautée, l'autre ajoutée
Trace(HExécuteRequêteSQL(sd, hRequêteSansCorrection, "INSERT INTO Customer (Name, Email) VALUES ('Again', 'dupont@example.org'), ('Ana', 'ana@example.org') ON CONFLICT (Email) DO NOTHING")) // expect: 1
Trace(HExécuteRequêteSQL(sd, hRequêteSansCorrection, "INSERT INTO Customer (Name, Email) VALUES ('Bob', 'bob@example.org') RETURNING CustomerID")) // expect: 1
// les mots dans une chaîne ne sont pas une clause
Trace(HExécuteRequêteSQL(sd, hRequêteSansCorrection, "INSERT INTO Customer (Name, Email) VALUES ('on conflict, returning', 'w@example.org')")) // expect: 1
HRAZ(Customer)
Customer.Name = "Last"
Customer.Email = "last@example.org"
HAjoute(Customer)
POUR TOUT Customer
	Trace(Customer.CustomerID, Customer.Name)
FIN
// expect: 1, Dupont
// expect: 3, Ana
// expect: 4, Bob
// expect: 5, on conflict, returning
// expect: 6, Last
