// Produit et quotient de monétaires : un monétaire, 6 décimales (?1514043) ; un
// numérique simple garde ses 6 décimales (?1514072). INFERRED : docs/semantics.md,
// "Currency and numeric products and quotients".
STCharge est une Structure
    sLibellé est une chaîne
    mMontant est un monétaire
FIN
stEau est un STCharge
stEau.sLibellé = "Eau"
stEau.mMontant = 250
nLots est un entier = 3
Trace(stEau.mMontant / nLots) // expect: 83.333333
tabQuotes est un tableau de 2 monétaires
tabQuotes[1] = 10
Trace(tabQuotes[1] / 6) // expect: 1.666667
nTaux est un numérique = 2
Trace(nTaux / 3 * 100) // expect: 66.6667
mTTC est un monétaire = PrixTTC(19.99)
Trace(mTTC) // expect: 23.988
Trace(PrixTTC(10) / 3) // expect: 4
Trace(NumériqueVersChaîne(stEau.mMontant / nLots, "10.2f")) // expect:      83.33

PROCÉDURE PrixTTC(mHT est un monétaire) : monétaire
RENVOYER mHT * 1.2
