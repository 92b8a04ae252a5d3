// Bloc CONSTANTE ... FIN et calcul de frais de port
CONSTANTE
    TVA_NORMALE = 20
    FRANCO_DE_PORT = 50
    FRAIS_FORFAIT = 4.90
    PRÉFIXE_CMD = "CMD-"
FIN

tabMontants est un tableau de monétaires = [12.5, 49.99, 50, 120]
nNumCmd est un entier = 1
POUR TOUT mMontant DE tabMontants
    mPort est un monétaire = FraisDePort(mMontant)
    Trace(ChaîneConstruit("%1%2 : %3 + port %4 = %5", PRÉFIXE_CMD, NumériqueVersChaîne(nNumCmd, "03d"), mMontant, mPort, mMontant + mPort))
    nNumCmd++
FIN
// expect: CMD-001 : 12.5 + port 4.9 = 17.4
// expect: CMD-002 : 49.99 + port 4.9 = 54.89
// expect: CMD-003 : 50 + port 0 = 50
// expect: CMD-004 : 120 + port 0 = 120

Trace("TTC de 100 HT : " + PrixTTC(100))      // expect: TTC de 100 HT : 120
Trace("TTC de 19.99 HT : " + PrixTTC(19.99))  // expect: TTC de 19.99 HT : 23.99

PROCÉDURE FraisDePort(mTotal est un monétaire) : monétaire
SI mTotal >= FRANCO_DE_PORT ALORS RENVOYER 0
RENVOYER FRAIS_FORFAIT

PROCÉDURE PrixTTC(mHT est un monétaire)
RENVOYER Arrondi(mHT * (1 + TVA_NORMALE / 100), 2)
