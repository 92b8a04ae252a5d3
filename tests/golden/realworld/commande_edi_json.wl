// Réception d'une commande EDI en JSON (type JSON lu depuis un texte multiligne, date ISO
// en DateHeure, lignes parcourues, membre "promo" absent de certaines lignes), anomalies
// ajoutées au tableau de la réponse, total, créneau par le ternaire, réponse en JSON.
sRecu est une chaîne = [
{
	"entete": {"numero": "CDE-7781", "date": "2026-12-02T14:35:00", "client": {"code": "C310", "nom": "Épicerie Fine Léon"}},
	"lignes": [
		{"ean": "3012345678901", "qte": 12, "pu": 4.35},
		{"ean": "3012345678918", "qte": 0, "pu": 9.90},
		{"ean": "3012345678925", "qte": 3, "pu": 27.00, "promo": true}
	],
	"livraison": {"mode": "express", "creneau": ["08:00", "12:00"]}
}
]
jCde est un JSON = sRecu
Trace(jCde.entete.numero + " de " + jCde.entete.client.nom) // expect: CDE-7781 de Épicerie Fine Léon
dhCde est une DateHeure = jCde.entete.date
Trace("reçue le " + DateVersChaîne(dhCde, "JJ/MM/AAAA") + " à " + HeureVersChaîne(dhCde, "HH:MM")) // expect: reçue le 02/12/2026 à 14:35

jRep est un JSON
jRep.commande = jCde.entete.numero
jRep.statut = "acceptée"
mTotal est un monétaire
nLigne est un entier
POUR TOUT jL DE jCde.lignes
	nLigne++
	SI jL.qte <= 0 ALORS
		jRep.anomalies[jRep.anomalies..Occurrence + 1] = ChaîneConstruit("ligne %1 : quantité %2", nLigne, jL.qte)
		CONTINUER
	FIN
	mLigne est un monétaire = jL.qte * jL.pu
	SI jL.promo ALORS mLigne = Arrondi(mLigne * 0.9, 2)
	mTotal += mLigne
FIN
jRep.total = mTotal
jRep.livraison = (jCde.livraison.mode = "express" ? "demain " + jCde.livraison.creneau[1] + "-" + jCde.livraison.creneau[2] SINON "sous 3 jours")
Trace(jRep.anomalies..Occurrence + " anomalie(s)") // expect: 1 anomalie(s)
Trace(jRep) // expect: {"commande":"CDE-7781","statut":"acceptée","anomalies":["ligne 2 : quantité 0"],"total":125.1,"livraison":"demain 08:00-12:00"}
sRep est une chaîne = jRep
Trace(Position(sRep, """total"":125.1") > 0) // expect: 1
