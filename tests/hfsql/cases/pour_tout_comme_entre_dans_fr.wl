// POUR TOUT Fichier OÙ/AVEC : LIKE (COMME), BETWEEN ... AND (ENTRE ... ET), IN (DANS) et
// leurs formes avec PAS, comme la condition de HFiltre les prend, et une valeur écrite à
// gauche ("Nice" = City, 20 < Balance) : c'étaient des erreurs de compilation
POUR i = 1 _À_ 4
	HRAZ(Customer)
	Customer.Name = "C" + i
	Customer.City = ["Paris", "Lyon", "Nice", "paris"][i]
	Customer.Balance = 10 * i
	Customer.BirthDate = ["19900105", "19901120", "19850203", "1990-06-01"][i]
	HAjoute(Customer)
FIN
POUR TOUT Customer AVEC City COMME "Par%"
	Trace("comme", Customer.Name)
FIN
// expect: comme, C1
// expect: comme, C4
POUR TOUT Customer OÙ City LIKE "%i%"
	Trace("like", Customer.Name)
FIN
// expect: like, C1
// expect: like, C3
// expect: like, C4
POUR TOUT Customer AVEC City PAS COMME "%i%"
	Trace("pas comme", Customer.Name)
FIN
// expect: pas comme, C2
nBas est un entier = 20
POUR TOUT Customer AVEC Balance ENTRE nBas ET nBas + 10
	Trace("entre", Customer.Name)
FIN
// expect: entre, C2
// expect: entre, C3
POUR TOUT Customer AVEC Balance PAS ENTRE 20 ET 30 ET City <> "Nice"
	Trace("pas entre", Customer.Name)
FIN
// expect: pas entre, C1
// expect: pas entre, C4
POUR TOUT Customer AVEC City DANS ("Paris", "Lyon")
	Trace("dans", Customer.Name)
FIN
// expect: dans, C1
// expect: dans, C2
// expect: dans, C4
POUR TOUT Customer AVEC Customer.City PAS DANS ("Paris", "Lyon")
	Trace("pas dans", Customer.Name)
FIN
// expect: pas dans, C3
POUR TOUT Customer AVEC "Nice" = City
	Trace("à gauche", Customer.Name)
FIN
// expect: à gauche, C3
POUR TOUT Customer AVEC 20 < Customer.Balance
	Trace("à gauche <", Customer.Name)
FIN
// expect: à gauche <, C3
// expect: à gauche <, C4
POUR TOUT Customer AVEC 15 <= Balance ET (City DANS ("nice", "Lyon") OU Name COMME "%1")
	Trace("mêlé", Customer.Name)
FIN
// expect: mêlé, C2
// expect: mêlé, C3
// une rubrique date aussi (elle garde ses chiffres AAAAMMJJ), comme dans HFiltre
POUR TOUT Customer AVEC BirthDate COMME "1990%" ET BirthDate PAS ENTRE "1990-01-01" ET "1990-01-31"
	Trace("date", Customer.Name)
FIN
// expect: date, C2
// expect: date, C4
POUR TOUT Customer AVEC Balance COMME "1%"
	Trace("jamais", Customer.Name)
FIN
// expect error: 'LIKE' compares a text, date or time item with a pattern; Balance is none of them
