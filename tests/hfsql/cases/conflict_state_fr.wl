// HErreurEtatModification : ce que devient l'enregistrement d'un conflit de modification
POUR TOUT sName DE ["Ann", "Bob", "Cid"]
	HRAZ(Customer)
	Customer.Name = sName
	HAjoute(Customer)
FIN
HAlias(Customer, "Other")
// modified by another context since it was read
HLitRecherchePremier(Customer, Name, "Ann")
HLitRecherchePremier(Other, Name, "Ann")
Other.City = "Lyon"
HModifie(Other)
Customer.City = "Nice"
Trace(HModifie(Customer), HErreurModification(), HErreurEtatModification() = hEtatActif)   // expect: 0, 1, 1
// deleted since it was read
HLitRecherchePremier(Customer, Name, "Bob")
HLitRecherchePremier(Other, Name, "Bob")
HSupprime(Other)
Trace(HModifie(Customer), HErreurEtatModification(Customer) = hEtatSupprimé)   // expect: 0, 1
// crossed since it was read
HLitRecherchePremier(Customer, Name, "Cid")
HLitRecherchePremier(Other, Name, "Cid")
HRaye(Other)
Trace(HSupprime(Customer), HErreurEtatModification() = hEtatRayé, HErreur() <> 0)   // expect: 0, 1, 1
Trace(HErreurEtatModification(Customer, 1) = hEtatActif)   // expect: 1
