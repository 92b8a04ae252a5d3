// Entrepôt : articles sous le seuil, commandes fournisseurs en file, livraisons en jours ouvrés
CONSTANTE
	DELAI_LIVRAISON = 3 // jours ouvrés
FIN
STArticle est une Structure
	sCode est une chaîne
	sDésignation est une chaîne
	nStock est un entier
	nSeuil est un entier
	mPrixAchat est un monétaire
FIN
tabArticles est un tableau de STArticle
tabArticles = [["VIS-06", "Vis 6 mm", 120, 200, 0.05], ...
	["ECR-06", "Écrou 6 mm", 800, 300, 0.03], ...
	["RON-08", "Rondelle 8 mm", 40, 100, 0.02], ...
	["BOU-10", "Boulon 10 mm", 0, 50, 0.40]]
Trace(TableauOccurrence(tabArticles) + " articles") // expect: 4 articles

// Les articles à réapprovisionner, dans une file (premier entré, premier servi)
fCommandes est une File de STArticle
POUR TOUT stA DE tabArticles
	SI stA.nStock < stA.nSeuil ALORS Enfile(fCommandes, stA)
FIN
Trace(fCommandes..Occurrence + " commandes") // expect: 3 commandes

// Date de commande : un vendredi ; la livraison saute le week-end
dCommande est une Date = "20240315"
Trace(DateVersJourEnLettre(dCommande)) // expect: vendredi
dLivraison est une Date = AjouteJoursOuvrés(dCommande, DELAI_LIVRAISON)
Trace(DateVersChaîne(dLivraison, "JJ/MM/AAAA")) // expect: 20/03/2024

mTotal est un monétaire
stCmd est un STArticle
TANTQUE Défile(fCommandes, stCmd)
	nQte est un entier = 2 * stCmd.nSeuil - stCmd.nStock
	mLigne est un monétaire = nQte * stCmd.mPrixAchat
	mTotal += mLigne
	Trace(ChaîneConstruit("%1 x %2 = %3", Complète(stCmd.sCode, 7), nQte, NumériqueVersChaîne(mLigne, "6.2f")))
FIN
// expect: VIS-06  x 280 =  14.00
// expect: RON-08  x 160 =   3.20
// expect: BOU-10  x 100 =  40.00
Trace("Total commande : " + mTotal) // expect: Total commande : 57.2

// Le stock par valeur décroissante
TableauTrie(tabArticles, ttMembre + ttDécroissant, "nStock")
sListe est une chaîne
POUR TOUT stA DE tabArticles
	sListe += [", "] + stA.sCode
FIN
Trace(sListe) // expect: ECR-06, VIS-06, RON-08, BOU-10
nIndice est un entier = TableauCherche(tabArticles, tcLinéaire, "sCode", "RON-08")
Trace(nIndice, tabArticles[nIndice].sDésignation) // expect: 3, Rondelle 8 mm
Trace(TableauCherche(tabArticles, tcLinéaire, "sCode", "XXX")) // expect: -1

// Ajoute n jours ouvrés (du lundi au vendredi) à une date
PROCÉDURE AjouteJoursOuvrés(LOCAL d est une Date, n est un entier) : Date
TANTQUE n > 0
	d++
	SI DateVersJour(d) <= 5 ALORS n--
FIN
RENVOYER d
