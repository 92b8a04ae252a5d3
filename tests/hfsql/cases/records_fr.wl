// Les mêmes fonctions sous leurs noms français
HRAZ(Customer)
Customer.Name = "Durand"
Customer.Notes = "note"
HAjoute(Customer)
sFic est une chaîne = fFichierTemp()
Trace(HExtraitMémo(Customer, Notes, sFic), fTaille(sFic))    // expect: 1, 4
fSauveTexte(sFic, "autre note")
Trace(HAttacheMémo(Customer, Notes, sFic), Customer.Notes)  // expect: 1, autre note
fSupprime(sFic)
Trace(Remplace(HListeRubrique(Orders), RC, ","))
// expect: OrderID,CustomerID,OrderDate,Total,Status,InvoiceNum
HAlias(Customer, "Autre")
HCopieEnreg(Autre, Customer)
Trace(Autre.Name, HEnregistrementVersJSON(Autre, "Name"))   // expect: Durand, {"Name": "Durand"}
HLitRecherchePremier(Customer, Name, "Durand")
HAnnuleRecherche(Customer)
Trace(HLitSuivant(Customer), HEnDehors(Customer))           // expect: 0, 1
ds est une Source de Données
HExécuteRequêteSQL(ds, "SELECT Name FROM customer")
Trace(HNbEnr(ds), HLibèreRequête(ds))                       // expect: 1, 1
HLitPremier(Autre, Name)
HLitPremier(Customer, Name)
Autre.City = "Lille"
HModifie(Autre)
Customer.City = "Metz"
Trace(HModifie(Customer), HErreurModification())            // expect: 0, 1
Trace(HEtat(Customer) = hEtatActif, HIndexe(Customer), HOptimise(Customer))   // expect: 1, 1, 1
