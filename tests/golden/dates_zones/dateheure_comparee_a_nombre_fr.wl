// Un nombre donné à une DateHeure est ses chiffres lus comme les mêmes chiffres dans un
// texte (20250108 est ce jour à minuit) ; comparé à une DateHeure, un nombre est lu de
// même, la DateHeure est donc égale aux chiffres donnés (INFERRED, docs/semantics.md
// "Time, DateTime, Duration"). Cela disait 0 : 20250108000000000 contre 20250108.
dtVisite est une DateHeure = 20250108
Trace(dtVisite) // expect: 20250108000000000
Trace(dtVisite = 20250108, 20250108 = dtVisite, dtVisite <> 20250108) // expect: 1, 1, 0
Trace(dtVisite < 20250109, dtVisite > 20250107, dtVisite = "20250108") // expect: 1, 1, 1
vJour est un Variant = 20250108
Trace(dtVisite = vJour) // expect: 1
dtVisite = 20250108103000
Trace(dtVisite, dtVisite = 20250108103000) // expect: 20250108103000000, 1
// Un booléen est son nombre : Vrai est le chiffre 1, lu comme le texte "1" (l'an 1000,
// aucune DateHeure valide), et égal à ce qui a été donné.
dtVisite = Vrai
Trace(dtVisite = Vrai, dtVisite = 1, DateHeureValide(dtVisite)) // expect: 1, 1, 0
