// Code métier en syntaxe préfixée de WINDEV 25 (Customer.Ajoute(), Customer.LitRecherchePremier(
// Name, "x"), Customer.Filtre(...), Customer.SauvePosition()...). Customer.RetourPosition(nPos)
// s'arrêtait (« A value of type data file cannot be used as a number ») : le premier
// paramètre de HRetourPosition est la position, qui nomme son fichier ; la source
// préfixée ne lui est pas passée (ni à HLibèrePosition). docs/hfsql.md "Prefix syntax".
POUR TOUT sNom DE ["Dupont", "Martin", "Bernard", "Thomas"]
	Customer.RAZ()
	Customer.Name = sNom
	Customer.City = (sNom = "Martin" ? "Lille" SINON "Caen")
	SI PAS Customer.Ajoute() ALORS Erreur(HErreurInfo())
FIN
Trace(Customer.NbEnr())                                   // expect: 4
Customer.LitPremier(Name)
TANTQUE PAS Customer.EnDehors()
	Trace(Customer.Name)
	Customer.LitSuivant(Name)
FIN
// expect: Bernard
// expect: Dupont
// expect: Martin
// expect: Thomas
SI Customer.LitRecherchePremier(Name, "martin") ALORS
	Customer.City = "Arras"
	Customer.Modifie()
FIN
Trace(Customer.Trouve(), Customer.City)                   // expect: 1, Arras
sClé est une chaîne = Customer.Filtre("City = 'Caen'")
Trace(sClé)                                               // expect: City
n est un entier
Customer.LitPremier()
TANTQUE PAS Customer.EnDehors()
	n++
	Customer.LitSuivant()
FIN
Trace(n)                                                  // expect: 3
Customer.DésactiveFiltre()
Customer.LitRecherchePremier(Name, "Bernard")
Customer.Supprime()
Trace(Customer.NbEnr(), HNbEnr(Customer))                 // expect: 3, 3
Customer.LitRecherchePremier(Name, "Martin")
nPos est un entier = Customer.SauvePosition()
Customer.LitDernier(Name)
Trace(Customer.Name)                                      // expect: Thomas
Customer.RetourPosition(nPos)
Trace(Customer.Name)                                      // expect: Martin
nPos = Customer.SauvePosition()
Customer.LibèrePosition(nPos)
Trace(Customer.Name)                                      // expect: Martin
