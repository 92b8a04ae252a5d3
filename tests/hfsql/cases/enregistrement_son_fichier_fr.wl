// Un Enregistrement déclaré d'un fichier de données et jamais lu connaît son fichier :
// HAjoute(r) et HEnregistre(r) l'y écrivent (docs/hfsql.md "HAdd(r), HSave(r)").
HRAZ(Customer)
Customer.Name = "Smith"
Customer.City = "Lyon"
HAjoute(Customer)
r est un Enregistrement de Customer
Trace("[" + r.City + "]", r.Balance) // expect: [], 0
r.Name = "Moore"
Trace(HAjoute(r), HNbEnr(Customer))                   // expect: 1, 2
HLitRecherchePremier(Customer, Name, "Moore")
Trace(HTrouve(), Customer.City = "")                  // expect: 1, 1
s est un enregistrement de customer
s.Name = "Lee"
s.City = "Nice"
Trace(HEnregistre(s), HNbEnr(Customer))               // expect: 1, 3
HLitRecherchePremier(Customer, Name, "Smith")
t est un Enregistrement de Customer
t = Customer
t.City = "Paris"
Trace(HEnregistre(t), HNbEnr(Customer))               // expect: 1, 3
HLitRecherchePremier(Customer, Name, "Smith")
Trace(Customer.City)                                  // expect: Paris
// HEnregistre(Fichier, r) : les valeurs de r, comme HAjoute(Fichier, r)
v est un Enregistrement de Customer
v = Customer
v.City = "Rome"
Trace(HEnregistre(Customer, v), HNbEnr(Customer))     // expect: 1, 3
HLitRecherchePremier(Customer, Name, "Smith")
Trace(Customer.City)                                  // expect: Rome
u est un Enregistrement
u.Name = "Personne"
HAjoute(u)
// expect error: this record belongs to no data file
