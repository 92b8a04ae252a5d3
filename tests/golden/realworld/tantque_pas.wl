// TANTQUE PAS ... avec ET / OU / _ET_ : recherche et simulation d'échéancier
tabStock est un tableau de entiers = [0, 0, 5, 0, 2]
i est un entier = 1
TANTQUE i <= tabStock..Occurrence _ET_ tabStock[i] = 0
    i++
FIN
Trace("Premier article en stock : " + i) // expect: Premier article en stock : 3

// Remboursement d'un prêt : capital 1000, 150 par mois, intérêts 1% du restant dû
mRestant est un monétaire = 1000
nMois est un entier
bSoldé est un booléen = Faux
TANTQUE PAS bSoldé
    nMois++
    mRestant = mRestant + Arrondi(mRestant * 0.01, 2)
    SI mRestant <= 150 ALORS
        Trace(ChaîneConstruit("Mois %1 : dernier versement de %2", nMois, mRestant))
        mRestant = 0
        bSoldé = Vrai
    SINON
        mRestant -= 150
    FIN
    SI nMois > 24 OU mRestant < 0 ALORS SORTIR
FIN
// expect: Mois 7 : dernier versement de 140.12
Trace("Durée : " + nMois + " mois") // expect: Durée : 7 mois
