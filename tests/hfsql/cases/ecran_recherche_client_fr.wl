// Écran de recherche client, écrit comme un développeur WINDEV l'écrit : le début du nom
// saisi filtre la liste (HFiltreCommencePar), la recherche générique (HLitRecherche,
// hGénérique) et à l'identique, casse et accents ignorés sur la clé
AjouteClient("Dupont", "Lyon", 120.5)
AjouteClient("DUPOND", "Paris")
AjouteClient("Durand", "Nice", 45)
AjouteClient("Émile", "Lyon", 10)
AjouteClient("Martin", "Paris", 300)

gsSaisie est une chaîne = "du"
sClé est une chaîne = HFiltreCommencePar(Customer, Name, gsSaisie)
Trace(sClé)                     // expect: Name
HLitPremier(Customer, sClé)
TANTQUE PAS HEnDehors(Customer)
	Trace(Customer.Name, Customer.City)
	HLitSuivant(Customer, sClé)
FIN
// expect: DUPOND, Paris
// expect: Dupont, Lyon
// expect: Durand, Nice
HDésactiveFiltre(Customer)
// la même liste par une recherche générique
HLitRecherche(Customer, Name, gsSaisie, hGénérique)
TANTQUE HTrouve(Customer)
	Trace(Customer.Name)
	HLitSuivant(Customer, Name)
FIN
// expect: DUPOND
// expect: Dupont
// expect: Durand
SI HLitRecherche(Customer, Name, "dupont", hIdentique) ALORS
	Trace("trouvé", Customer.Name, Customer.Balance)
FIN
// expect: trouvé, Dupont, 120.5
HLitRecherchePremier(Customer, Name, "emile")
SI HTrouve() ALORS Trace(Customer.Name + " habite à " + Customer.City)
// expect: Émile habite à Lyon
Trace(RechercheParVille("lyon") + " client(s) à Lyon")   // expect: 2 client(s) à Lyon
Trace(ListeClients("PARIS"))                            // expect: DUPOND, Martin
Trace(ListeClients("Rome") = "")                        // expect: 1

PROCÉDURE AjouteClient(LOCAL sNom est une chaîne, LOCAL sVille est une chaîne, LOCAL mSolde est un monétaire = 0)
HRAZ(Customer)
Customer.Name = sNom
Customer.City = sVille
Customer.Balance = mSolde
HAjoute(Customer)

PROCÉDURE RechercheParVille(sVille)
nCompte est un entier
HLitRecherchePremier(Customer, City, sVille)
TANTQUE HTrouve(Customer)
	nCompte++
	HLitSuivant(Customer, City)
FIN
RENVOYER nCompte

PROCÉDURE ListeClients(sVille est une chaîne) : chaîne
sRés est une chaîne
POUR TOUT Customer AVEC City = sVille
	sRés += [", "] + Customer.Name
FIN
RENVOYER sRés
