// La réponse JSON d'une API de clients lue comme un développeur WINDEV l'écrit :
// contrôle du statut, POUR TOUT sur le tableau d'objets, membres absents (adresse, tags)
// lus vides, TableauVersChaîne des tags, Désérialise vers un tableau de structures, un
// JSON de sortie construit par TableauAjoute. TableauVersChaîne(vClient.tags) d'un
// client sans "tags" arrêtait tout : « expects an array, not a value of type JSON ».
// Jumeau anglais : customer_api_response_en.wl.
sRéponse est une chaîne = [
{"statut":"ok","total":3,"clients":[
 {"id":12,"nom":"Dupont","solde":-12.5,"actif":true,"tags":["vip","nord"]},
 {"id":15,"nom":"Müller","solde":0,"actif":false,"tags":[]},
 {"id":18,"nom":"O'Neil","solde":1200.75,"actif":true,"adresse":{"ville":"Lyon","cp":"69001"}}
]}
]
vRep est un JSON = sRéponse
SI vRep.statut <> "ok" ALORS RETOUR
Trace(vRep.total, vRep.clients..Occurrence)
mSolde est un monétaire
POUR TOUT vClient DE vRep.clients
	SI PAS vClient.actif ALORS CONTINUER
	mSolde += vClient.solde
	sVille est une chaîne = vClient.adresse.ville
	Trace(vClient.id + " " + vClient.nom + " (" + (sVille = "" ? "?" SINON sVille) + ") [" + TableauVersChaîne(vClient.tags, "/") + "]")
FIN
Trace(mSolde)
STClient est une Structure
	id est un entier
	nom est une chaîne
	solde est un monétaire
	actif est un booléen
FIN
tabC est un tableau de STClient
Désérialise(tabC, vRep.clients, psdJSON)
Trace(tabC..Occurrence, tabC[3].nom, tabC[2].actif)
vSortie est un JSON
vSortie.nb = tabC..Occurrence
vSortie.noms = []
POUR TOUT c DE tabC
	TableauAjoute(vSortie.noms, c.nom)
FIN
Trace(vSortie)
// le membre absent lu comme un tableau vide n'ajoute rien au JSON
Trace(TableauVersChaîne(vRep.clients[3].tags, ","), TableauCherche(vRep.clients[3].tags, tcLinéaire, "vip"))
Trace(vRep.clients[3]..Occurrence, vRep.clients[3].tags..Existe)

// ce qu'il affiche

// expect: 3, 3
// expect: 12 Dupont (?) [vip/nord]
// expect: 18 O'Neil (Lyon) []
// expect: 1188.25
// expect: 3, O'Neil, 0
// expect: {"nb":3,"noms":["Dupont","Müller","O'Neil"]}
// expect: , -1
// expect: 5, 0
