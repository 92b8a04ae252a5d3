// Compte à rebours affiché "2 j 03:15:00" à partir d'une Durée
dhMaintenant est une DateHeure = "20251201091500"
dhÉchéance est une DateHeure = "20251203123000"
duReste est une Durée = dhÉchéance - dhMaintenant
Trace(CompteARebours(duReste))
Trace(DuréeVersChaîne(duReste, "J j HH:MM:SS"))
Trace(duReste..Jour, duReste..Heure, duReste..Minute, duReste..Seconde)
Trace(duReste..EnHeures, duReste..EnMinutes, duReste..EnJours)
Trace(CompteARebours(45 min 30 s))
Trace(CompteARebours(dhMaintenant - dhÉchéance))
Trace(CompteARebours(0 s))
dhNoël est une DateHeure = "20251225000000"
Trace("Noël dans " + CompteARebours(dhNoël - dhMaintenant))
// expect: 2 j 03:15:00
// expect: 2 j 03:15:00
// expect: 2, 3, 15, 0
// expect: 51.25, 3075, 2.13541666666667
// expect: 00:45:30
// expect: terminé
// expect: terminé
// expect: Noël dans 23 j 14:45:00

PROCEDURE CompteARebours(LOCAL du est une Durée) : chaîne
	SI du <= 0 s ALORS RENVOYER "terminé"
	sRés est une chaîne
	SI du..EnJours >= 1 ALORS sRés = PartieEntière(du..EnJours) + " j "
	RENVOYER sRés + NumériqueVersChaîne(du..Heure, "02d") + ":" + NumériqueVersChaîne(du..Minute, "02d") + ":" + NumériqueVersChaîne(du..Seconde, "02d")
