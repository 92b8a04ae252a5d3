// (méthode b) Import de commandes depuis un CSV, comme l'écrit un développeur WINDEV :
// une ligne par commande (référence client, date jj/mm/aaaa, montant avec virgule),
// HAjoute ligne à ligne ; les doublons (HErreurDoublon) et les erreurs d'intégrité (un
// client inconnu : HErreurIntégrité) sont comptés et notés, rien n'est perdu en silence.
sDossier est une chaîne = fRepTemp() + fSep() + "import_cmd_" + DonneIdentifiant()
fRepCrée(sDossier)
sFichierCSV est une chaîne = sDossier + fSep() + "commandes.csv"
nDupont est un entier = NouveauClient("Dupont", "dupont@exemple.fr")
nMartin est un entier = NouveauClient("Martin", "martin@exemple.fr")
sCSV est une chaîne = ChaîneConstruit([
Client;Date;Montant
%1;05/01/2025;120,50
%2;06/01/2025;80
999;07/01/2025;15
%1;08/01/2025;42,10
;09/01/2025;10
], nDupont, nMartin)
fSauveTexte(sFichierCSV, sCSV)

nLues, nAjoutées, nDoublons, nIntégrité, nInvalides sont des entiers
tabRejets est un tableau de chaînes
POUR TOUTE CHAÎNE sLigne DE fChargeTexte(sFichierCSV) SÉPARÉE PAR RC
	SI sLigne = "" OU sLigne [= "Client;" ALORS CONTINUER
	nLues++
	sClient, sDate, sMontant sont des chaînes
	(sClient, sDate, sMontant) = (ExtraitChaîne(sLigne, 1, ";"), ExtraitChaîne(sLigne, 2, ";"), ExtraitChaîne(sLigne, 3, ";"))
	SI sClient = "" ALORS
		nInvalides++
		TableauAjoute(tabRejets, "ligne " + nLues + " : client absent")
		CONTINUER
	FIN
	HRAZ(Orders)
	Orders.CustomerID = Val(sClient)
	Orders.OrderDate = ChaîneVersDate(sDate, "JJ/MM/AAAA")
	Orders.Total = Val(Remplace(sMontant, ",", "."))
	Orders.Status = 1
	SI HAjoute(Orders) ALORS
		nAjoutées++
	SINON SI HErreurIntégrité() ALORS
		nIntégrité++
		TableauAjoute(tabRejets, "ligne " + nLues + " : client " + sClient + " inconnu")
	SINON SI HErreurDoublon() ALORS
		nDoublons++
		TableauAjoute(tabRejets, "ligne " + nLues + " : doublon")
	SINON
		TableauAjoute(tabRejets, "ligne " + nLues + " : " + HErreurInfo(hErrMessage))
	FIN
FIN
Trace(nLues, nAjoutées, nDoublons, nIntégrité, nInvalides)    // expect: 5, 3, 0, 1, 1
Trace(nAjoutées + nDoublons + nIntégrité + nInvalides = nLues)  // expect: 1
POUR TOUT sRejet DE tabRejets
	Trace(sRejet)
FIN
// expect: ligne 3 : client 999 inconnu
// expect: ligne 5 : client absent
mTotal est un monétaire
POUR TOUT Orders AVEC CustomerID = nDupont
	Trace(Orders.OrderDate, Orders.Total)
	mTotal += Orders.Total
FIN
// expect: 20250105, 120.5
// expect: 20250108, 42.1
Trace(mTotal)                                                  // expect: 162.6

// les clients : l'adresse e-mail est une clé unique, un doublon est compté
nDoublonsClient est un entier
POUR TOUTE CHAÎNE sMail DE "durand@exemple.fr,dupont@exemple.fr,DURAND@exemple.fr" SÉPARÉE PAR ","
	HRAZ(Customer)
	Customer.Name = Gauche(sMail, Position(sMail, "@") - 1)
	Customer.Email = sMail
	SI PAS HAjoute(Customer) ET HErreurDoublon() ALORS nDoublonsClient++
FIN
Trace(nDoublonsClient, HNbEnr(Customer))                       // expect: 2, 3
fRepSupprime(sDossier, frRécursif)

PROCÉDURE NouveauClient(sNom, sMail)
HRAZ(Customer)
Customer.Name = sNom
Customer.Email = sMail
HAjoute(Customer)
RENVOYER Customer.CustomerID
