// Le `]=` (commence par) et le `]` (contient) d'HFiltre devant un texte, comme la page
// Source de données (?1514053) écrit la condition d'une vue "NAME]='A'" (INFERRED : le
// sens des opérateurs ; la page du langage des conditions n'est pas stockée). La casse
// est ignorée, comme pour `=` sur un texte ; `%` et `_` sont eux-mêmes, pas des jokers
HRAZ(Customer)
POUR TOUT s DE ["Alice", "albert", "Bernard", "Al_bis", "Zoé 100%"]
	Customer.Name = s
	HAjoute(Customer)
FIN
HFiltre(Customer, "Name]='Al'")
POUR TOUT Customer SUR Name
	Trace(Customer.Name)
FIN
// expect: Al_bis
// expect: albert
// expect: Alice
HFiltre(Customer, "Name ]= 'Al_'")
POUR TOUT Customer
	Trace(Customer.Name)                                  // expect: Al_bis
FIN
HFiltre(Customer, "Name ] 'ER' ET Name ]= 'b'")
POUR TOUT Customer
	Trace(Customer.Name)                                  // expect: Bernard
FIN
HFiltre(Customer, "Name ] '0%'")
POUR TOUT Customer
	Trace(Customer.Name)                                  // expect: Zoé 100%
FIN
HDésactiveFiltre(Customer)
Trace(HFiltre(Customer, "Name ]= 3"), ErreurDétectée)     // expect: , 1
// seulement une rubrique texte, nommée juste avant : une rubrique monétaire, ou aucune
// rubrique, est refusée (l'échec ne venait qu'à la lecture, « database error »)
Trace(HFiltre(Customer, "Balance ]= '1'"), ErreurDétectée)  // expect: , 1
Trace(HFiltre(Customer, "] 'a'"), ErreurDétectée)           // expect: , 1
