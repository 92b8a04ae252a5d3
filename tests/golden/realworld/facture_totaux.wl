// Facture : structure de ligne, tableau de structures, totaux HT / TVA / TTC
STLigneFacture est une Structure
    sLibellé est une chaîne
    nQuantité est un entier
    mPrixUnitaire est un monétaire
    rTauxTVA est un réel
FIN

gtabLignes est un tableau de STLigneFacture
mLigne, mTotalHT, mTotalTVA sont des monétaires

AjouterLigne("Clavier", 2, 25.50)
AjouterLigne("Souris", 3, 12)
AjouterLigne("Livre", 1, 30, 5.5)

POUR TOUT stL DE gtabLignes
    mLigne = stL.nQuantité * stL.mPrixUnitaire
    mTotalHT += mLigne
    mTotalTVA += Arrondi(mLigne * stL.rTauxTVA / 100, 2)
    Trace(Complète(stL.sLibellé, 10) + NumériqueVersChaîne(mLigne, "8.2f"))
FIN
// expect: Clavier      51.00
// expect: Souris       36.00
// expect: Livre        30.00

Trace("Lignes : " + gtabLignes..Occurrence) // expect: Lignes : 3
Trace("Total HT : " + mTotalHT)            // expect: Total HT : 117
Trace("TVA : " + mTotalTVA)                // expect: TVA : 19.05
Trace("TTC : " + (mTotalHT + mTotalTVA))   // expect: TTC : 136.05
Trace(ChaîneConstruit("Net à payer : %1 EUR", NumériqueVersChaîne(mTotalHT + mTotalTVA, ".2f"))) // expect: Net à payer : 136.05 EUR

//----------------------------------------------------------------
// Ajoute une ligne à la facture globale
PROCÉDURE AjouterLigne(sLib est une chaîne, nQte est un entier, mPU est un monétaire, rTVA est un réel = 20)
stNouvelle est un STLigneFacture
stNouvelle.sLibellé = sLib
stNouvelle.nQuantité = nQte
stNouvelle.mPrixUnitaire = mPU
stNouvelle.rTauxTVA = rTVA
TableauAjoute(gtabLignes, stNouvelle)
