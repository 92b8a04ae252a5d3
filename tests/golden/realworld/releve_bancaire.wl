// Relevé bancaire : lecture d'un JSON, cumul par mois, contrôle du solde, rapprochement
sJSON est une chaîne = [
{
	"compte": "FR76 3000 4000 0500 0012 3456 789",
	"soldeInitial": 1250.40,
	"operations": [
		{"date": "2024-01-05", "libelle": "LOYER JANVIER", "montant": -780.00},
		{"date": "2024-01-15", "libelle": "SALAIRE", "montant": 2150.75},
		{"date": "2024-01-28", "libelle": "EDF", "montant": -64.32},
		{"date": "2024-02-05", "libelle": "LOYER FEVRIER", "montant": -780.00},
		{"date": "2024-02-15", "libelle": "SALAIRE", "montant": 2150.75},
		{"date": "2024-02-20", "libelle": "REMBOURSEMENT SECU", "montant": 23.00}
	]
}
]
vReleve est un Variant = JSONVersVariant(sJSON)
Trace(vReleve.compte) // expect: FR76 3000 4000 0500 0012 3456 789
Trace(vReleve.operations..Occurrence + " opérations") // expect: 6 opérations

mSolde est un monétaire = vReleve.soldeInitial
taParMois est un tableau associatif de monétaires
nDébits, nCrédits sont des entiers
POUR TOUT vOp DE vReleve.operations
	dOp est une Date = vOp.date
	sMois est une chaîne = DateVersChaîne(dOp, "AAAA-MM")
	taParMois[sMois] += vOp.montant
	mSolde += vOp.montant
	SI vOp.montant < 0 ALORS nDébits++ SINON nCrédits++
FIN
Trace(ChaîneConstruit("%1 débits, %2 crédits", nDébits, nCrédits)) // expect: 3 débits, 3 crédits
POUR TOUT mNet, sMois DE taParMois
	Trace(sMois + " : " + NumériqueVersChaîne(mNet, "+.2f"))
FIN
// expect: 2024-01 : +1306.43
// expect: 2024-02 : +1393.75
Trace("Solde final : " + NumériqueVersChaîne(mSolde, ".2f")) // expect: Solde final : 3950.58

// Les salaires, retrouvés par leur libellé
nSalaires est un entier
POUR TOUT vOp DE vReleve.operations
	SI vOp.libelle [= "SALAIRE" ALORS nSalaires++
FIN
Trace(nSalaires) // expect: 2

// La plus grosse dépense et son jour de la semaine
mMin est un monétaire = 0
dMin est une Date
POUR TOUT vOp DE vReleve.operations
	SI vOp.montant < mMin ALORS
		mMin = vOp.montant
		dMin = vOp.date
	FIN
FIN
Trace(mMin, DateVersChaîne(dMin, "JJ/MM/AAAA")) // expect: -780, 05/01/2024

// Le solde, reconstruit en JSON
jRésumé est un JSON
jRésumé.compte = Remplace(vReleve.compte, " ", "")
jRésumé.solde = mSolde
jRésumé.mois = [] 
POUR TOUT mNet, sMois DE taParMois
	TableauAjoute(jRésumé.mois, sMois)
FIN
Trace(jRésumé.compte) // expect: FR7630004000050000123456789
Trace(jRésumé.mois[2]) // expect: 2024-02
Trace(jRésumé.solde) // expect: 3950.58
