// Dimension(x) d'une Date, d'une Heure, d'une DateHeure ou d'une Durée, avec les mots
// français (jumeau de dimension_dates_durations_en.wl) : une Date 8, une Heure 8, une
// DateHeure 17 (les longueurs de leurs textes "AAAAMMJJ", "HHMMSSCC",
// "AAAAMMJJHHMMSSmmm"), une Durée 8 (ses millisecondes sur 8 octets). INFERRED,
// décidé le 6 décembre 2026 : aucune page stockée ne donne ces tailles.
duPause est une Durée = 3 min 30 s
dJour est une Date
hArrivée est une Heure
dhPointage est une DateHeure
dJour = "20251231"
hArrivée = "0815"
dhPointage = "20251231081500"
Trace(Dimension(duPause), Dimension(dJour), Dimension(hArrivée), Dimension(dhPointage)) // expect: 8, 8, 8, 17
dhDébut est une DateHeure = "20251230000000"
Trace(Dimension(dhPointage - dhDébut)) // expect: 8
vQuelconque est un Variant = duPause
Trace(dimension(vQuelconque)) // expect: 8
STRUCTURE STPointage
	dJour est une Date
	hArrivée est une Heure
	duPause est une Durée
FIN
stP est un STPointage
TRACE(DIMENSION(stP)) // expect: 24
// un monétaire ou un numérique tenu par un Variant, ou calculé : 10 et 16 (c'était 8)
mPrix est un monétaire = 12.5
vTenu est un Variant = mPrix
nmTaux est un numérique = 1.5
vTaux est un Variant = nmTaux
Trace(Dimension(vTenu), Dimension(vTaux), Dimension(mPrix * 2)) // expect: 10, 16, 10
