// (méthode b) Recherche "contient" sur la fiche client, comme l'écrit un développeur
// WINDEV : le texte saisi cherché dans le nom ou la ville (HFiltre avec LIKE '%...%'
// et OU), par HFiltreContient, par l'opérateur ] d'une condition, puis la recherche
// générique sur le début du nom (HLitRecherche, hGénérique) ; la casse est ignorée.
AjouteClient("Dupont", "Lyon")
AjouteClient("DUPONTEL", "Paris")
AjouteClient("Martin", "Dupont-sur-Mer")
AjouteClient("Lapointe", "Nice")
AjouteClient("Durand", "Lyon")

Trace(ChercherClients("pont"))          // expect: Dupont (Lyon), DUPONTEL (Paris), Martin (Dupont-sur-Mer)
Trace(ChercherClients("LYON"))          // expect: Dupont (Lyon), Durand (Lyon)
Trace(ChercherClients("zzz"))           // expect: aucun client
// HFiltreContient sur une rubrique
HFiltreContient(Customer, Name, "poi")
POUR TOUT Customer
	Trace(Customer.Name)                // expect: Lapointe
FIN
HDésactiveFiltre(Customer)
// l'opérateur ] (contient) dans la condition
HFiltre(Customer, "City ] 'sur'")
HLitPremier(Customer)
TANTQUE PAS HEnDehors(Customer)
	Trace(Customer.Name, Customer.City)   // expect: Martin, Dupont-sur-Mer
	HLitSuivant(Customer)
FIN
HDésactiveFiltre(Customer)
// la recherche générique : les noms qui commencent par le texte
sListe est une chaîne
HLitRecherche(Customer, Name, "du", hGénérique)
TANTQUE HTrouve(Customer)
	sListe += [", "] + Customer.Name
	HLitSuivant(Customer, Name)
FIN
Trace(sListe)                             // expect: Dupont, DUPONTEL, Durand
Trace(HNbEnr(Customer))                   // expect: 5

PROCÉDURE ChercherClients(LOCAL sTexte est une chaîne) : chaîne
sRésultat est une chaîne
sMotif est une chaîne = "%" + sTexte + "%"
HFiltre(Customer, ChaîneConstruit("Name LIKE '%1' OU City LIKE '%1'", sMotif))
POUR TOUT Customer SUR Name
	sRésultat += [", "] + ChaîneConstruit("%1 (%2)", Customer.Name, Customer.City)
FIN
HDésactiveFiltre(Customer)
SI sRésultat = "" ALORS RENVOYER "aucun client"
RENVOYER sRésultat

PROCÉDURE AjouteClient(sNom, sVille)
HRAZ(Customer)
Customer.Name = sNom
Customer.City = sVille
HAjoute(Customer)
