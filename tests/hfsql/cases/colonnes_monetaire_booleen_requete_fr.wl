// Une colonne de requête nommée comme une rubrique monétaire ou booléenne, la colonne de
// la rubrique, se lit comme la rubrique, sur les deux bases : sous SQLite `sd.Solde`
// était un réel (TypeVar wlRéel) et `sd.VIP` un entier (wlEntier), là où PostgreSQL
// donnait un monétaire et un booléen. docs/hfsql.md "HListItem's options".
HRAZ(Customer)
Customer.Name = "Dupont"
Customer.Balance = 4.4
Customer.VIP = Vrai
HAjoute(Customer)
Trace(TypeVar(Customer.Balance) = wlMonétaire, TypeVar(Customer.VIP) = wlBooléen)   // expect: 1, 1
sd est une Source de Données
HExécuteRequêteSQL(sd, "SELECT Name, Balance, VIP FROM Customer")
HLitPremier(sd)
Trace(sd.Balance, TypeVar(sd.Balance) = wlMonétaire, sd.VIP, TypeVar(sd.VIP) = wlBooléen)   // expect: 4.4, 1, 1, 1
Trace(sd.Balance * 3 = 13.2, sd.Balance = Customer.Balance)   // expect: 1, 1
tout est une Source de Données
HExécuteRequêteSQL(tout, "SELECT * FROM Customer")
HLitPremier(tout)
Trace(TypeVar(tout.Balance) = wlMonétaire, TypeVar(tout.VIP) = wlBooléen, TypeVar(tout.Name))   // expect: 1, 1, 16
