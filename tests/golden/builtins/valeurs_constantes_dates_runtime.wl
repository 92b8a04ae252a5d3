// Valeurs des constantes de dates et de durées telles que le runtime de WINDEV Mobile les
// lit (api/WDAPIDate_Commun.java ; docs/builtins.md « Constant values ») : iso8601 est le
// texte « <ISO8601> » auquel SemaineVersDate compare son format ; un masque de durée donné
// en nombre est celui de duréeMillième pour 0, celui de duréeCentième sinon.
Trace(iso8601, duréeMillième, duréeCentième)   // expect: <ISO8601>, 0, 1
Trace(SemaineVersDate(2010, 1, iso8601), SemaineVersDate(2010, 1))   // expect: 20100104, 20100104
Trace(NuméroDeSemaine("20100101", iso8601), NumeroDeSemaine("20100101"))   // expect: 53, 0
d est une Durée = 1 h 15 min 28 s
Trace(DuréeVersChaîne(d, duréeCentième), DureeVersChaine(d, 0))   // expect: 001152800, 0011528000
Trace(DuréeVersChaîne(-d, duréeCentième), DuréeVersChaîne(d, "+HH:MM"))   // expect: -001152800, 01:15
Trace(ChaîneVersDurée("-001152800", duréeCentième) = -d)   // expect: 1
// maskDateSystème (et maskHeureSystème) est le texte que le runtime remplace par le format
// du projet (core/utils/hb.java) : ici JJ/MM/AAAA et HH:MM:SS
Trace(maskDateSystème, maskHeureSystème)   // expect: UseSystemMask, UseSystemMask
Trace(DateVersChaîne("20191225", maskDateSystème), HeureVersChaîne("171500", maskHeureSystème))   // expect: 25/12/2019, 17:15:00
Trace(ChaîneVersDate("25/12/2019", maskDateSystème))   // expect: 20191225
Trace(SemaineVersDate(2010, 1, "ISO"))   // expect error: SemaineVersDate: unknown format 'ISO' (use iso8601).
