// SemaineVersDate, JourFérié*, DateHeureVersRéel/RéelVersDateHeure (docs/builtins.md, "Weeks, public holidays, dates as reals")
Trace(SemaineVersDate(2001, 33), SemaineVersDate(2001, 6), SemaineVersDate(2020, 53, iso8601)) // expect: 20010813, 20010205, 20201228
JourFériéAjoute("0501")
JourFériéAjoute("0714")
JourFériéAjoute(jfLundiDePâques)
JourFériéAjoute(jfLundiDePentecôte)
JourFériéAjoute(jfVendrediSaint)
JourFériéAjoute(jfJourDePâques)
Trace(JourFérié("20250421"), JourFérié("20250609"), JourFérié("20250418"), JourFérié("20250420"), JourFérié("20250714")) // expect: 1, 1, 1, 1, 1
Trace(JourFérié("20250422")) // expect: 0
Trace(Remplace(JourFériéListe(2025), RC, " ")) // expect: 20250418 20250420 20250421 20250501 20250609 20250714
JourFériéSupprimeTout()
Trace(JourFérié("20250501")) // expect: 0
Trace(DateHeureVersRéel("190001030600"), DateHeureVersRéel("20000101"), RéelVersDateHeure(36526.75)) // expect: 3.25, 36526, 20000101180000000
Trace(DateHeureVersRéel("19031231", Vrai), ErreurDétectée) // expect: -1, 1
SemaineVersDate(2024, 54) // expect error: does not exist
