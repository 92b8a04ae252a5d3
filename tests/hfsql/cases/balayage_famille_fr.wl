// La famille des lectures comme le code métier s'en sert, fixée sur SQLite et
// PostgreSQL : HLitRecherchePremier/HLitRechercheDernier cherchent une valeur exacte par
// défaut et un préfixe avec hGénérique (« Par défaut, HRecherchePremier et
// HRechercheDernier effectuent une recherche à l'identique », ?3044129), les clés texte
// sans la casse ; HLitRechercheDernier puis HLitPrécédent parcourt les clients dont le
// solde vaut au plus une valeur (le second exemple de ?3044034) ; hLimiteParcours
// s'arrête au dernier enregistrement de la valeur ; HDernier/HPrécédent descendent la clé
// (?3044101), les clés égales la plus récente d'abord ; les états de HNbEnr ; HRaye dans
// une boucle (l'exemple de ?3044121) ; HFiltre sur une clé entre deux bornes, bornes
// comprises, puis HLitSuivant ; HTransactionAnnule défait un ajout, une modification et
// une suppression ; un alias parcourt de son côté ; HChangeClé change la clé que suit le
// HLitSuivant d'après.
AjouteClient("MOORE", 100)
AjouteClient("Moorehead", 50)
AjouteClient("MOORE", 300)
AjouteClient("Adams", 20)
AjouteClient("Zola", 500)
AjouteClient("Moore", 200)
AjouteClient("Baker", 30)
// à l'identique par défaut, sans la casse ; un préfixe avec hGénérique
Trace(HLitRecherchePremier(Customer, Name, "moore"), Customer.Name, Customer.Balance)   // expect: 1, MOORE, 100
Trace(HLitRechercheDernier(Customer, Name, "MOORE"), Customer.Name, Customer.Balance)   // expect: 1, Moore, 200
Trace(HLitRecherchePremier(Customer, Name, "Moo"), HTrouve(Customer))                  // expect: 0, 0
Trace(HLitRecherchePremier(Customer, Name, "Moo", hGénérique), Customer.Name)          // expect: 1, MOORE
Trace(HLitRechercheDernier(Customer, Name, "Moo", hGénérique), Customer.Name)          // expect: 1, Moorehead
// pas trouvé : HLitRechercheDernier s'arrête sur le dernier enregistrement sous la valeur
Trace(HLitRechercheDernier(Customer, Name, "Moo"), HTrouve(Customer), HEnDehors(Customer), Customer.Name)   // expect: 0, 0, 0, Baker
// les clients dont le solde vaut au plus 250, du plus haut vers le bas
HLitRechercheDernier(Customer, Balance, 250)
TANTQUE PAS HEnDehors(Customer)
	Trace("au plus 250", Customer.Name, Customer.Balance)
	HLitPrécédent(Customer, Balance)
FIN
// expect: au plus 250, Moore, 200
// expect: au plus 250, MOORE, 100
// expect: au plus 250, Moorehead, 50
// expect: au plus 250, Baker, 30
// expect: au plus 250, Adams, 20
// hLimiteParcours : le parcours finit après le dernier enregistrement de la valeur, dans les deux sens
HLitRecherchePremier(Customer, Name, "Moore", hLimiteParcours)
TANTQUE PAS HEnDehors(Customer)
	Trace("limité", Customer.Name, Customer.Balance)
	HLitSuivant(Customer, Name)
FIN
// expect: limité, MOORE, 100
// expect: limité, MOORE, 300
// expect: limité, Moore, 200
HLitRechercheDernier(Customer, Name, "Moore", hLimiteParcours)
TANTQUE PAS HEnDehors(Customer)
	Trace("limité arrière", Customer.Balance)
	HLitPrécédent(Customer, Name)
FIN
// expect: limité arrière, 200
// expect: limité arrière, 300
// expect: limité arrière, 100
// HDernier et HPrécédent se positionnent sans lire : HLit lit l'enregistrement en cours
HDernier(Customer, Name)
sNoms est une chaîne
TANTQUE PAS HEnDehors(Customer)
	HLit(Customer, HNumEnr(Customer))
	sNoms += [" "] + Customer.Name + Customer.Balance
	HPrécédent(Customer, Name)
FIN
Trace(sNoms)   // expect: Zola500 Moorehead50 Moore200 MOORE300 MOORE100 Baker30 Adams20
// les états de HNbEnr après une suppression et une rayure
HLitRecherchePremier(Customer, Name, "Baker")
HSupprime(Customer)
HLitRecherchePremier(Customer, Name, "Zola")
HRaye(Customer)
Trace(HNbEnr(Customer), HNbEnr(Customer, hEtatActif), HNbEnr(Customer, hEtatRayé))   // expect: 5, 5, 1
Trace(HNbEnr(Customer, hEtatSupprimé), HNbEnr(Customer, hEtatTous))                 // expect: 1, 7
// un filtre sur une clé entre deux bornes, bornes comprises, puis HLitSuivant dessus
Trace(HFiltre(Customer, Name, "Adams", "MOORE"))   // expect: Name
HLitPremier(Customer, Name)
TANTQUE PAS HEnDehors(Customer)
	Trace("filtré", Customer.Name, Customer.Balance)
	HLitSuivant(Customer, Name)
FIN
// expect: filtré, Adams, 20
// expect: filtré, MOORE, 100
// expect: filtré, MOORE, 300
// expect: filtré, Moore, 200
HDésactiveFiltre(Customer)
// une transaction annulée reprend son ajout, sa modification et sa suppression
HTransactionDébut()
AjouteClient("Provisoire", 1)
HLitRecherchePremier(Customer, Name, "Adams")
Customer.Balance = 999
HModifie(Customer)
HLitRecherchePremier(Customer, Name, "Moorehead")
HSupprime(Customer)
Trace(HNbEnr(Customer))                            // expect: 5
Trace(HTransactionAnnule())                        // expect: 1
Trace(HNbEnr(Customer), HLitRecherchePremier(Customer, Name, "Provisoire"))   // expect: 5, 0
Trace(HLitRecherchePremier(Customer, Name, "Adams"), Customer.Balance)       // expect: 1, 20
Trace(HLitRecherchePremier(Customer, Name, "Moorehead"))                     // expect: 1
// un alias garde sa propre position
Client2 est une Source de Données
Trace(HAlias(Customer, Client2))                   // expect: 1
HLitPremier(Client2, Name)
HLitDernier(Customer, Name)
HLitSuivant(Client2, Name)
Trace(Client2.Name, Customer.Name)                 // expect: MOORE, Moorehead
// HChangeClé : le HLitSuivant d'après suit la nouvelle clé
HLitRecherchePremier(Customer, Name, "MOORE")
Trace(HChangeClé(Customer, CustomerID), Customer.CustomerID)   // expect: 1, 1
HLitSuivant(Customer)
Trace(Customer.Name, Customer.CustomerID)          // expect: Moorehead, 2

PROCÉDURE AjouteClient(sNom est une chaîne, mSolde est un monétaire)
HRAZ(Customer)
Customer.Name = sNom
Customer.Balance = mSolde
HAjoute(Customer)
