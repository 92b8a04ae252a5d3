// Chronomètres (page d'aide ?3027031) : ChronoDébut démarre (numéro 1 par défaut),
// ChronoValeur lit, ChronoFin arrête et renvoie une Durée, ChronoReprend relance.
ChronoDébut(3)
Temporisation(3)
d est une Durée = ChronoValeur(3)
Trace(d..EnMillisecondes >= 25) // expect: 1
ChronoPause(3)
gardé est un entier = ChronoValeur(3)..EnMillisecondes
Temporisation(3)
Trace(ChronoValeur(3)..EnMillisecondes = gardé) // expect: 1
ChronoReprend(3)
Temporisation(2)
mesuré est une Durée = chronofin(3)
Trace(mesuré..EnMillisecondes >= gardé + 15) // expect: 1
ChronoRAZ(3)
Trace(ChronoValeur(3)..EnMillisecondes) // expect: 0
QUAND EXCEPTION DANS
	ChronoValeur()
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: ChronoValeur: the stopwatch 1 is not started (call ChronoStart first, in the same thread).
FIN
