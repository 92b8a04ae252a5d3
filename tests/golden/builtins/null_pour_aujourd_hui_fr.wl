// Null donné à une fonction de date dont le paramètre est aujourd'hui quand il est omis
// (Hier, Demain, Age, PremierJourDeLaSemaine, DernierJourDuMois...) arrête l'exécution
// avec un message clair ; il était pris pour aujourd'hui sans rien dire.
Trace(Hier() < DateDuJour(), Demain("20241231"), DernierJourDuMois(2024, 2)) // expect: 1, 20250101, 20240229
vSansDate est un Variant = Null
QUAND EXCEPTION DANS
	Trace(DernierJourDuMois(vSansDate))
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: LastDayOfMonth was given Null, which is no date: leave the parameter out for today's date, or give a date.
FIN
QUAND EXCEPTION DANS
	Trace(PremierJourDeLAnnee(Null))
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: FirstDayOfYear was given Null, which is no date: leave the parameter out for today's date, or give a date.
FIN
Trace(Demain(vSansDate)) // expect error: Tomorrow was given Null, which is no date: leave the parameter out for today's date, or give a date.
