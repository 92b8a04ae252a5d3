// Une variable Enregistrement est copiée par `=`, la `= valeur` d'une déclaration,
// TableauAjoute et l'écriture dans un membre de structure ou un élément de tableau
// associatif, comme une structure ; `<-` partage. Elles partageaient un seul
// enregistrement : TableauAjoute(t, r) dans une boucle qui changeait r laissait t avec le
// dernier enregistrement seulement. docs/hfsql.md "Record variables copied".
HRAZ(Customer)
Customer.Name = "Dupont"
Customer.City = "Paris"
HAjoute(Customer)
HRAZ(Customer)
Customer.Name = "Martin"
Customer.City = "Lyon"
HAjoute(Customer)
r est un Enregistrement de Customer
t est un tableau de Enregistrement de Customer
POUR TOUT Customer SUR Name
	r = Customer
	r.City = Majuscule(r.City)
	TableauAjoute(t, r)
FIN
Trace(t.Occurrence, t[1].Name, t[1].City, t[2].Name, t[2].City)   // expect: 2, Dupont, PARIS, Martin, LYON
tb est un tableau de Enregistrement de Customer
rb est un Enregistrement de Customer
POUR i = 1 À 3
	rb.Name = "N" + i
	TableauAjoute(tb, rb)
FIN
Trace(tb[1].Name, tb[2].Name, tb[3].Name)             // expect: N1, N2, N3
r2 est un Enregistrement de Customer = r
r2.Name = "Copie"
r3 est un Enregistrement de Customer
r3 = r
r3.Name = "Autre"
Trace(r.Name, r2.Name, r3.Name)                       // expect: Martin, Copie, Autre
r4 est un Enregistrement de Customer <- r
r4.Name = "Partagé"
Trace(r.Name, r4.Name)                                // expect: Partagé, Partagé
ST est une Structure
	rec est un Enregistrement de Customer
FIN
s est un ST
s.rec = r
s.rec.Name = "DansStructure"
m est un tableau associatif de Enregistrement de Customer
m["a"] = r
m["a"].Name = "DansAssociatif"
Trace(r.Name, s.rec.Name, m["a"].Name)                // expect: Partagé, DansStructure, DansAssociatif
// un enregistrement construit, ajouté, changé et ajouté encore : deux enregistrements
HRAZ(Customer)
r5 est un Enregistrement de Customer
r5.Name = "Petit"
r5.City = "Nice"
Trace(HAjoute(Customer, r5))                          // expect: 1
r5.Name = "Petit2"
Trace(HAjoute(Customer, r5), HNbEnr(Customer))        // expect: 1, 4
