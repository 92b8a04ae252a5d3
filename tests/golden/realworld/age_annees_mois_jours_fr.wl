// Âge en années, mois et jours
Trace(ÂgeDétaillé("19800315", "20250602"))
Trace(ÂgeDétaillé("20000229", "20250228"))
Trace(ÂgeDétaillé("20000229", "20250301"))
Trace(ÂgeDétaillé("20240131", "20240229"))
Trace(ÂgeDétaillé("20241215", "20250114"))
Trace(ÂgeDétaillé("20250602", "20250602"))
Trace(Age("19800315", "20250602"), Âge("20000229", "20250228"))
dNaissance est une Date = "19900710"
dRéf est une Date = "20250709"
Trace(dRéf - dNaissance, (dRéf - dNaissance)..EnJours)
// expect: 45 an(s) 2 mois 18 jour(s)
// expect: 24 an(s) 11 mois 30 jour(s)
// expect: 25 an(s) 0 mois 0 jour(s)
// expect: 0 an(s) 0 mois 29 jour(s)
// expect: 0 an(s) 0 mois 30 jour(s)
// expect: 0 an(s) 0 mois 0 jour(s)
// expect: 00450218, 00241130
// expect: 12783, 12783

PROCEDURE ÂgeDétaillé(dNaissance est une Date, dRéférence est une Date) : chaîne
	nAns est un entier = dRéférence..Année - dNaissance..Année
	nMois est un entier = dRéférence..Mois - dNaissance..Mois
	nJours est un entier = dRéférence..Jour - dNaissance..Jour
	SI nJours < 0 ALORS
		nMois--
		// jours du mois précédant la date de référence
		dMoisPréc est une Date = dRéférence - dRéférence..Jour
		nJours += dMoisPréc..Jour
	FIN
	SI nMois < 0 ALORS
		nAns--
		nMois += 12
	FIN
	RENVOYER ChaîneConstruit("%1 an(s) %2 mois %3 jour(s)", nAns, nMois, nJours)
