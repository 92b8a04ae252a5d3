// Les connexions d'appareils dans le style d'un vrai projet d'acquisition : une classe
// client abstraite avec des méthodes virtuelles et abstraites, deux sortes de clients
// qui en héritent, une énumération des sortes déclarée à côté de la classe et nommée
// par elle, un journal dont les membres sont GLOBAUX (certains PRIVÉS) avec une file de
// messages, un tableau associatif d'objets dynamiques par identifiant, une référence
// de la classe dérivée prise par `<-` après avoir testé le ..Classe de l'objet, une
// procédure anonyme passée à une procédure, une procédure interne.
CClient est une Classe
	nID est un entier
	sIP est une chaîne
	sorte est EnumSorteClient
	PROTÉGÉ
	bArrêtDemandé est un booléen
FIN
EnumSorteClient est une énumération
	eEmetteur
	eRecepteur
	eInconnu
FIN
CTreuil est une Classe
	hérite de CClient
	nProfondeur est un entier
FIN
CSonde est une Classe
	hérite de CClient
	rDernière est un réel
FIN
CJournal est une Classe
	GLOBALE
	nNiveau est un entier = 1
	GLOBALE PRIVÉE
	fMessages est une file de chaînes
	nEcrits est un entier
FIN

taClients est un tableau associatif de CClient dynamiques
t est un CTreuil dynamique = allouer un CTreuil(1, "10.0.0.5", CTreuil.eEmetteur)
s est un CSonde dynamique = allouer un CSonde(2, "10.0.0.9", CClient.eRecepteur)
taClients[t.nID] = t
taClients[s.nID] = s
t.Déplace(120)
s.Mesure(3.25)
POUR TOUT c DE taClients
	Trace(c.Décrire())
FIN
// expect: 1 10.0.0.5 émetteur treuil à 120 cm
// expect: 2 10.0.0.9 récepteur sonde 3.25
Trace(CompteSi(taClients, (c) => c.sorte = EnumSorteClient.eRecepteur)) // expect: 1
// les treuils, chacun pris comme tel par une référence de la classe dérivée
POUR TOUT c DE taClients
	SI c..Classe <> "CTreuil" ALORS CONTINUER
	tc est un CTreuil dynamique <- c
	Trace("treuil " + tc.nID + " à " + tc.nProfondeur)
FIN
// expect: treuil 1 à 120
CJournal.Vide()
// expect: [LOG] client 1 descend à 120
// expect: [LOG] client 2 lit 3.25
Trace(CJournal.Ecrits()) // expect: 2

PROCÉDURE CompteSi(ta est un tableau associatif de CClient dynamiques, pTest est une procédure) : entier
nTrouvés est un entier
POUR TOUT c DE ta
	SI pTest(c) ALORS nTrouvés++
FIN
RENVOYER nTrouvés

PROCÉDURE CClient::Constructeur(nID est un entier, sIP est une chaîne, eSorte est EnumSorteClient)
:nID = nID ; :sIP = sIP ; :sorte = eSorte
PROCÉDURE VIRTUELLE CClient::Décrire() : chaîne
RENVOYER ChaîneConstruit("%1 %2 %3", :nID, :sIP, NomSorte())
	PROCÉDURE INTERNE NomSorte() : chaîne
		SELON :sorte
			CAS CClient.eEmetteur : RENVOYER "émetteur"
			CAS CClient.eRecepteur : RENVOYER "récepteur"
			AUTRE CAS : RENVOYER "inconnu"
		FIN
	FIN
PROCÉDURE ABSTRAITE CClient::Arrête() : booléen

PROCÉDURE CTreuil::Déplace(nVers est un entier)
:nProfondeur = nVers
CJournal.Ecrit(ChaîneConstruit("client %1 descend à %2", :nID, nVers))
PROCÉDURE CTreuil::Décrire() : chaîne
RENVOYER ExécuteAncêtre() + " treuil à " + :nProfondeur + " cm"
PROCÉDURE CTreuil::Arrête() : booléen
:bArrêtDemandé = Vrai
RENVOYER Vrai

PROCÉDURE CSonde::Mesure(rValeur est un réel)
:rDernière = rValeur
CJournal.Ecrit(ChaîneConstruit("client %1 lit %2", :nID, rValeur))
PROCÉDURE CSonde::Décrire() : chaîne
RENVOYER ExécuteAncêtre() + " sonde " + :rDernière
PROCÉDURE CSonde::Arrête() : booléen
RENVOYER Faux

PROCÉDURE GLOBALE CJournal::Ecrit(sMessage est une chaîne)
Enfile(fMessages, "[LOG] " + sMessage)
PROCÉDURE GLOBALE CJournal::Vide()
sLigne est une chaîne
TANTQUE Défile(fMessages, sLigne)
	Trace(sLigne)
	nEcrits++
FIN
PROCÉDURE GLOBALE CJournal::Ecrits() : entier
RENVOYER nEcrits
