// Null affecté à une rubrique qui n'accepte pas NULL lui donne sa valeur par défaut ;
// HAjoute réussit (il échouait sur une simple « database error »).
Customer.Name = Null
Customer.Balance = Null
Customer.Email = Null                       // Email accepte NULL
Trace("[" + Customer.Name + "]", Customer.Balance, Customer.Email = Null)
// expect: [], 0, 1
Trace(HAjoute(Customer), HErreur())        // expect: 1, 0
HLitPremier(Customer, CustomerID)
Trace(Customer.Name..Null, Customer.Email..Null) // expect: 0, 1
fd est une Description de Fichier
dr est une Description de Rubrique
fd..Nom = "Ticket"
dr..Nom = "Etat"
dr..Type = hRubriqueTexte
dr..Taille = 10
dr..ValeurDéfaut = "ouvert"
HDécritRubrique(fd, dr)
HDécritFichier(fd)
Ticket.Etat = Null
Trace(Ticket.Etat, HAjoute(Ticket))        // expect: ouvert, 1
