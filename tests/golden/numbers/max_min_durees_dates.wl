// Max et Min sur des Durées, Dates, Heures et DateHeures (INFERRED, docs/semantics.md
// "Max and Min of Durations and dates") : une Durée se compare par sa longueur (un nombre
// à côté compte des millisecondes) et le résultat est une Durée ; une Date, une Heure
// ou une DateHeure par le moment qu'elle désigne, un texte à côté lu comme ce type le lit.
duCourte est une Durée = 45 min
duLongue est une Durée = 2 h
Trace(Max(duCourte, duLongue), Min(duCourte, duLongue)) // expect: 2 h, 45 min
Trace(MAX(duCourte, 0), min(duCourte, 1000)) // expect: 45 min, 1 s
tabLongueurs est un tableau de Durées = [1 h, 3 h, 2 h]
Trace(Max(tabLongueurs), Min(tabLongueurs, duCourte)) // expect: 3 h, 45 min
hOuverture est une Heure = "0830"
Trace(Max(hOuverture, "09:00"), Min(hOuverture, "0900")) // expect: 09000000, 08300000
dEchéance est une Date = "20240105"
dPayée est une Date = "20231231"
Trace(Max(dEchéance, dPayée), Min(dEcheance, dPayee), Max(dEchéance, "2024-02-01")) // expect: 20240105, 20231231, 20240201
Trace(TypeVar(Max(dEchéance, dPayée)) = wlDate) // expect: 1
dhEnvoi est une DateHeure = "20240105103000"
Trace(Max(dhEnvoi, dEchéance), Min(dhEnvoi, dEchéance)) // expect: 20240105103000000, 20240105
Trace(Max(0, dEchéance - dPayée)) // expect: 5
QUAND EXCEPTION DANS
    Trace(Max(duCourte, dEchéance)) // wl: ignore[WL115] (what wl check says; the run is caught here)
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Max cannot compare a Duration with a Date: they are not measured on one scale.
FIN
QUAND EXCEPTION DANS
    Trace(Min(hOuverture, dhEnvoi)) // wl: ignore[WL115] (what wl check says; the run is caught here)
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Min cannot compare a Time with a DateTime: they are not measured on one scale.
FIN
dAucune est une Date = ""
Trace(Max(dEchéance, dAucune), "[" + Min(dEchéance, dAucune) + "]") // expect: 20240105, []
QUAND EXCEPTION DANS
    Trace(Max(dEchéance, "abc"))
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Max: 'abc' is not a valid date (DateValid gives False for it).
FIN
Trace(30 min <= duCourte <= 1 h, "2024-01-01" <= dEchéance <= "2024-12-31") // expect: 1, 1
