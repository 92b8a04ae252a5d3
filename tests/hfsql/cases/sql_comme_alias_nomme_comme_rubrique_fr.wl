// LIKE sur la colonne d'une sous-requête dont l'alias porte le nom d'une rubrique monétaire
// ou booléenne donne les lignes sur les deux bases : PostgreSQL lisait l'alias comme la
// rubrique (`trim_scale(Balance)` d'un texte) et refusait la requête, là où SQLite donnait
// la ligne. docs/hfsql.md "LIKE on an alias named like an item".
HRAZ(Customer)
Customer.Name = "Martin"
Customer.Balance = 7
Customer.VIP = Faux
HAjoute(Customer)
sd est une Source de Données
Trace(HExécuteRequêteSQL(sd, "select x.vip from (select NAME as Vip from customer) as x where x.VIP like 'mar%'"), HNbEnr(sd))   // expect: 1, 1
HLitPremier(sd)
Trace(sd.VIP)   // expect: Martin
Trace(HExécuteRequêteSQL(sd, "select x.balance from (select City || Name as BALANCE from customer) x where x.balance like 'Z%'"), HNbEnr(sd))   // expect: 1, 0
Trace(HExécuteRequêteSQL(sd, "select Name from Customer where Balance like '7' and VIP like '0'"), HNbEnr(sd))   // expect: 1, 1
