// HSurErreur en français : opRéessayer, opAnnuler, hErrDoublon, H.NbRetry
gnAppels est un entier
HRAZ(Customer)
Customer.Name = "Dupont"
Customer.Email = "un@example.com"
HAjoute(Customer)
Trace(HSurErreur("*", hErrDoublon, "SurDoublon"))   // expect: 1
HRAZ(Customer)
Customer.Email = "un@example.com"
Trace(HAjoute(Customer), Customer.Email, gnAppels)   // expect: 1, autre@example.com, 1
Customer.Email = "un@example.com"
Trace(HModifie(Customer), HErreurDoublon(), gnAppels)   // expect: 0, 1, 2
H.NbRetry = 2
Trace(H.NbRetry)                                    // expect: 2

PROCÉDURE SurDoublon()
    gnAppels++
    SI gnAppels = 1 ALORS
        Customer.Email = "autre@example.com"
        RENVOYER opRéessayer
    FIN
    RENVOYER opAnnuler
