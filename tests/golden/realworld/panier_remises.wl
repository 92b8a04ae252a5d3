// Panier : remises par palier, code promo, SINON SI en cascade, compteurs ++
STArticle est une Structure
    Réf est une chaîne
    Prix est un monétaire
    Qté est un entier
FIN

tabPanier est un tableau de STArticle
a est un STArticle
a.Réf = "T-SHIRT" ; a.Prix = 15 ; a.Qté = 3
TableauAjoute(tabPanier, a)
a.Réf = "CASQUETTE" ; a.Prix = 12.5 ; a.Qté = 2
TableauAjoute(tabPanier, a)
a.Réf = "SWEAT" ; a.Prix = 45 ; a.Qté = 1
TableauAjoute(tabPanier, a)

mBrut est un monétaire
nArticles est un entier
POUR TOUT art DE tabPanier
    mBrut += art.Prix * art.Qté
    nArticles += art.Qté
FIN
Trace("Brut : " + mBrut + " pour " + nArticles + " articles") // expect: Brut : 115 pour 6 articles

tabCodes est un tableau de chaînes = ["", "BIENVENUE", "noel10", "PERIME"]
POUR TOUT sCode DE tabCodes
    Trace(Complète(sCode = "" ? "(sans code)" SINON sCode, 12) + "-> " + PrixNet(mBrut, nArticles, sCode))
FIN
// expect: (sans code) -> 103.5
// expect: BIENVENUE   -> 98.5
// expect: noel10      -> 93.15
// expect: PERIME      -> code refusé

PROCÉDURE PrixNet(mMontant est un monétaire, nNb est un entier, sCodePromo est une chaîne)
nRemisePct est un entier
// remise par palier de quantité
SI nNb >= 10 ALORS
    nRemisePct = 15
SINON SI nNb >= 5 ALORS
    nRemisePct = 10
SINON SI nNb >= 3 ALORS
    nRemisePct = 5
SINON
    nRemisePct = 0
FIN
mNet est un monétaire = mMontant * (100 - nRemisePct) / 100
SELON Majuscule(sCodePromo)
    CAS ""
        // pas de code
    CAS "BIENVENUE"
        mNet -= 5
    CAS "NOEL10"
        mNet = mNet * 0.9
    AUTRE CAS
        RENVOYER "code refusé"
FIN
RENVOYER Arrondi(mNet, 2)
