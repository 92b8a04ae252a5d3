// INTERSECT ALL et EXCEPT ALL gardent les copies d'une ligne sur les deux bases, comme
// PostgreSQL : SQLite n'a ni l'un ni l'autre et refusait les mots ("near "ALL": syntax
// error") ; là, les copies sont numérotées puis croisées. docs/hfsql.md "INTERSECT ALL
// and EXCEPT ALL on SQLite".
POUR TOUTE CHAÎNE v DE "Lyon/Nice/Lyon/Nice/Nice/Lyon" SÉPARÉE PAR "/"
    HRAZ(Customer)
    Customer.Name = "N" + HNbEnr(Customer)
    Customer.City = v
    Customer.VIP = (HNbEnr(Customer) < 4)
    HAjoute(Customer)
FIN
r est une Source de Données
HExécuteRequêteSQL(r, "select CITY from customer intersect all select city from CUSTOMER where vip = 1 order by city")
Trace(Villes(r))   // expect: Lyon,Lyon,Nice,Nice
HExécuteRequêteSQL(r, "select City from Customer except all select City from Customer where VIP = 1 order by City")
Trace(Villes(r), HNbEnr(r))   // expect: Lyon,Nice, 2
HExécuteRequêteSQL(r, "select City from Customer where VIP = 0 except all select City from Customer")
Trace(HNbEnr(r))   // expect: 0

PROCEDURE Villes(r est une Source de Données)
s est une chaîne
POUR TOUT r
    s += [","] + r.City
FIN
RENVOYER s
