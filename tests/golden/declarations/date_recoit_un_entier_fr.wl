// Un entier rangé dans une Date est lu comme ses chiffres, AAAAMMJJ, la forme que tient
// une Date (INFERRED, docs/semantics.md "An integer stored into a Date" : ?2512043 dit
// que les rubriques Date tiennent "YYYYMMDD" ; aucune page stockée ne dit ce que donne
// un nombre affecté à une Date ; EntierVersDate compte les jours). Des chiffres qui ne
// nomment aucun jour (1205) restent tels quels : DateValide le dit et déplacer la Date
// arrête l'exécution.
dFacture est une Date = 20250310
Trace(dFacture, dFacture..Année, dFacture..Mois, dFacture..Jour) // expect: 20250310, 2025, 3, 10
Trace(DateVersChaîne(dFacture), DateValide(dFacture)) // expect: 10/03/2025, 1
nSuivant est un entier = 20250311
dFacture = nSuivant
Trace(dFacture + 1) // expect: 20250312
dBizarre est une date = 1205
Trace(dBizarre, DATEVALIDE(dBizarre)) // expect: 1205, 0
Trace(dBizarre + 1) // expect error: The Date "1205" is not a valid date (DateValid gives False for it): days cannot be added to it or taken from it.
