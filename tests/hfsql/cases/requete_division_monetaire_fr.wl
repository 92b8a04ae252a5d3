// Une division d'une rubrique monétaire ou par elle, dans du SQL écrit à la main, est
// exacte sur les deux bases : SQLite garde un montant entier comme un entier et le divisait
// comme tel (`Balance / 2` de 5 donnait 2, PostgreSQL 2,5). Une division d'entiers garde le
// quotient entier du SQL sur les deux (5 / 2 vaut 2). docs/hfsql.md "Division in a query".
HRAZ(Customer)
Customer.Name = "Durand"
Customer.Balance = 5
HAjoute(Customer)
HRAZ(Product)
Product.Reference = "B2"
Product.Stock = 9
HAjoute(Product)
sd est une Source de Données
HExécuteRequêteSQL(sd, "select balance/4 as a, 10 / customer.BALANCE as b from customer where Balance / 2 >= 2.5")
HLitPremier(sd)
Trace(sd.a, sd.b)   // expect: 1.25, 2
HExécuteRequêteSQL(sd, "select sum(Balance) / count(*) / 2 as c from customer")
HLitPremier(sd)
Trace(sd.c)   // expect: 2.5
HExécuteRequêteSQL(sd, "SELECT Stock / 2 AS a, Stock % 4 * 3 / 2 AS b FROM Product")
HLitPremier(sd)
Trace(sd.a, sd.b)   // expect: 4, 1
