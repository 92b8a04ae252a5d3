// Tarif dégressif par tranches de quantité : SELON avec des intervalles (CAS 1 A 9,
// CAS 10 À 49), une liste (CAS 50 A 99, 100), des comparaisons (CAS <= 0, CAS > 100),
// un paramètre LOCAL optionnel, le prix unitaire remisé arrondi au centime.
POUR TOUT nQ DE [0, 1, 9, 10, 49, 50, 100, 101, 1000]
	Trace(nQ, PrixUnitaire(nQ), PrixUnitaire(nQ, 7.99) * nQ)
FIN
// expect: 0, 0, 0
// expect: 1, 10, 7.99
// expect: 9, 10, 71.91
// expect: 10, 9.5, 75.9
// expect: 49, 9.5, 371.91
// expect: 50, 9, 359.5
// expect: 100, 9, 719
// expect: 101, 8.5, 685.79
// expect: 1000, 8.5, 6790
nCommande est un entier = 25
SELON nCommande
	cas 1 a 9 : Trace("petite commande")
	Cas 10 A 99 : trace("commande moyenne") // expect: commande moyenne
	AUTRE CAS : Trace("grosse commande")
FIN

PROCEDURE PrixUnitaire(LOCAL nQuantité est un entier, LOCAL mPrixBase est un monétaire = 10) : monétaire
mRemise est un monétaire
SELON nQuantité
	CAS <= 0
		RENVOYER 0
	CAS 1 A 9
		mRemise = 0
	CAS 10 À 49
		mRemise = 5
	CAS 50 A 99, 100
		mRemise = 10
	CAS > 100
		mRemise = 15
	AUTRE CAS
		mRemise = 0
FIN
RENVOYER Arrondi(mPrixBase * (1 - mRemise / 100), 2)
