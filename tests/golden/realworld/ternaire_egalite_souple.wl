// Opérateur ternaire "? ... SINON" et égalité souple ~= sur des saisies
tabRéponses est un tableau de chaînes = ["oui", " OUI ", "Oui", "non", "ouï", "o"]
POUR TOUT sRép DE tabRéponses
    Trace("[" + sRép + "] " + (sRép ~= "oui" ? "accepté" SINON "refusé"))
FIN
// expect: [oui] accepté
// expect: [ OUI ] accepté
// expect: [Oui] accepté
// expect: [non] refusé
// expect: [ouï] accepté
// expect: [o] refusé

nQuantité est un entier = 1
sLibellé est une chaîne = nQuantité > 1 ? "articles" SINON "article"
Trace(nQuantité + " " + sLibellé) // expect: 1 article
nQuantité = 3
sLibellé = nQuantité > 1 ? "articles" ELSE "article"
Trace(nQuantité + " " + sLibellé) // expect: 3 articles

// égalité stricte : la casse compte
SI "Paris" = "PARIS" ALORS Trace("égal") SINON Trace("différent") // expect: différent
SI "Paris" ~= "PARIS" ALORS Trace("égal") SINON Trace("différent") // expect: égal
