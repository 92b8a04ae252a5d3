// <Source>.Enregistre ?1000024606 et HEnregistre ?1000021375 (jumeau français écrit
// d'après la page anglaise ; FEN_Client.VersFichier() remplacé par des affectations) :
// modifie l'enregistrement en cours s'il existe, sinon en ajoute un ; hAffecteParcours :
// HLitSuivant après HEnregistre se positionne après l'enregistrement ajouté ou modifié
// (la constante était inconnue : un variant vide, le parcours continuait où il était).
HRAZ(Customer)
Customer.Name = "Dupont"
Customer.Email = "d@example.org"
Customer.Enregistre()
Customer.Name = "Martin"
Trace(Customer.Enregistre(), HNbEnr(Customer))                          // expect: 1, 1
HRAZ(Customer)
Customer.Name = "Martin"
Customer.Email = "martin@example.org"
Trace(Customer.Enregistre(), HNbEnr(Customer))                          // expect: 1, 2
HLitPremier(Customer, Name)
HRAZ(Customer)
Customer.Name = "Lemoine"
Customer.Email = "l@example.org"
HEnregistre(Customer, hAffecteParcours)
HLitSuivant(Customer, Name)
Trace(Customer.Name, HNumEnr())                                   // expect: Martin, 1
// sans elle, le parcours n'est pas affecté
HLitPremier(Customer, Name)
Customer.City = "Lyon"
HEnregistre(Customer)
HLitSuivant(Customer, Name)
Trace(Customer.Name, HNumEnr())                                   // expect: Martin, 1
HLitPremier(Customer, Name)
Customer.Name = "Zola"
HEnregistre(Customer, hAffecteParcours)
Trace(HLitSuivant(Customer, Name), HEnDehors())                          // expect: 0, 1
HLitPremier(Customer, Name)
Customer.Name = "Abel"
HModifie(Customer)
HLitSuivant(Customer, Name)
Trace(Customer.Name, HNumEnr())                                   // expect: Martin, 2
