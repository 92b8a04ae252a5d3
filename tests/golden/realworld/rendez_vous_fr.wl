// Le carnet de rendez-vous d'un cabinet médical : les horaires d'ouverture par jour de la
// semaine dans un tableau associatif, des créneaux de 20 minutes construits avec des
// DateHeure et des Durées, les rendez-vous dans un fichier de données décrit dans le code
// (une rubrique DateHeure), les créneaux libres des quatre jours calculés autour d'eux, les
// absences et le temps perdu, et les créneaux libres envoyés en JSON.
fdRdv est une Description de Fichier
rub est une Description de Rubrique
fdRdv..Nom = "RendezVous"
rub..Nom = "IDRendezVous" ; rub..Type = hRubriqueIdAuto ; rub..TypeClé = hCléUnique
HDécritRubrique(fdRdv, rub)
rub..Nom = "Début" ; rub..Type = hRubriqueDateHeure ; rub..TypeClé = hCléAvecDoublon
HDécritRubrique(fdRdv, rub)
rub..Nom = "Patient" ; rub..Type = hRubriqueTexte ; rub..Taille = 30 ; rub..TypeClé = hNonClé
HDécritRubrique(fdRdv, rub)
rub..Nom = "Minutes" ; rub..Type = hRubriqueEntier ; rub..TypeClé = hNonClé
HDécritRubrique(fdRdv, rub)
rub..Nom = "Venu" ; rub..Type = hRubriqueBooléen ; rub..TypeClé = hNonClé
HDécritRubrique(fdRdv, rub)
HDécritFichier(fdRdv)
HCréation(RendezVous)

// les horaires : "de-à" le matin et l'après-midi, par jour de la semaine (1 : lundi)
aaHoraires est un tableau associatif de chaînes
aaHoraires[1] = "0830-1200,1400-1730"
aaHoraires[2] = "0830-1200"
aaHoraires[3] = "0830-1200,1400-1730"
aaHoraires[6] = "0900-1100"

sRendezVous est une chaîne = [
	20251208 0830|Mme Arnaud|20|1
	20251208 0850|M. Bernard|40|0
	20251208 1400|Mme Colin|20|1
	20251209 0830|M. David|60|1
	20251209 1100|Mme Etienne|60|0
	20251210 1700|M. Fabre|20|1
]
POUR TOUTE CHAÎNE sLigne DE sRendezVous SÉPARÉE PAR RC
	RendezVous.Début = Remplace(ExtraitChaîne(sLigne, 1, "|"), " ", "") + "00"
	RendezVous.Patient = ExtraitChaîne(sLigne, 2, "|")
	RendezVous.Minutes = Val(ExtraitChaîne(sLigne, 3, "|"))
	RendezVous.Venu = (ExtraitChaîne(sLigne, 4, "|") = "1")
	HAjoute(RendezVous)
FIN
Trace(HNbEnr(RendezVous) + " rendez-vous") // expect: 6 rendez-vous

CRÉNEAU est une Durée = 20 min
dPremier est une Date = "20251207"
jLibres est un JSON
jLibres.creneaux = []
POUR nJour = 0 À 3
	d est une Date = dPremier
	d..Jour += nJour
	SI PAS aaHoraires[DateVersJour(d)]..Existe ALORS
		Trace(DateVersChaîne(d, "JJ/MM") + " : fermé")
		CONTINUER
	FIN
	nLibres est un entier = 0
	sPremierLibre est une chaîne = ""
	POUR TOUTE CHAÎNE sPlage DE aaHoraires[DateVersJour(d)] SÉPARÉE PAR ","
		dhCréneau est une DateHeure = DateVersChaîne(d, "AAAAMMJJ") + Gauche(sPlage, 4) + "00"
		dhFermeture est une DateHeure = DateVersChaîne(d, "AAAAMMJJ") + Droite(sPlage, 4) + "00"
		TANTQUE dhCréneau + CRÉNEAU <= dhFermeture
			SI CréneauLibre(dhCréneau, CRÉNEAU) ALORS
				nLibres++
				SI sPremierLibre = "" ALORS sPremierLibre = HeureVersChaîne(dhCréneau..PartieHeure, "HH:MM")
				jLibres.creneaux[jLibres.creneaux..Occurrence + 1] = DateHeureVersChaîne(dhCréneau, "AAAA-MM-JJ HH:MM")
			FIN
			dhCréneau += CRÉNEAU
		FIN
	FIN
	Trace(DateVersChaîne(d, "JJ/MM") + " : " + nLibres + " créneau(x) libre(s), le premier à " + sPremierLibre)
FIN
// expect: 07/12 : fermé
// expect: 08/12 : 16 créneau(x) libre(s), le premier à 09:30
// expect: 09/12 : 4 créneau(x) libre(s), le premier à 09:30
// expect: 10/12 : 19 créneau(x) libre(s), le premier à 08:30
Trace(jLibres.creneaux..Occurrence + " créneaux, le dernier " + jLibres.creneaux[jLibres.creneaux..Occurrence])
// expect: 39 créneaux, le dernier 2025-12-10 16:40

// les absences de la semaine et le temps qu'elles ont coûté
duPerdu est une Durée
POUR TOUT RendezVous AVEC Venu = Faux
	duPerdu += RendezVous.Minutes * 60 * 1000
	Trace(RendezVous.Patient + " absent le " + DateHeureVersChaîne(RendezVous.Début, "JJ/MM HH:MM"))
FIN
Trace("temps perdu : " + duPerdu..EnMinutes + " min (" + DuréeVersChaîne(duPerdu, "HH:MM") + ")")
// expect: M. Bernard absent le 08/12 08:50
// expect: Mme Etienne absent le 09/12 11:00
// expect: temps perdu : 100 min (01:40)

// [dhDébut, dhDébut + du) ne croise-t-il aucun rendez-vous ?
PROCÉDURE CréneauLibre(dhDébut est une DateHeure, du est une Durée) : booléen
	dhFin est une DateHeure = dhDébut + du
	POUR TOUT RendezVous
		dhRdvDébut est une DateHeure = RendezVous.Début
		dhRdvFin est une DateHeure = dhRdvDébut
		dhRdvFin..Minute += RendezVous.Minutes
		SI dhRdvDébut < dhFin ET dhDébut < dhRdvFin ALORS RENVOYER Faux
	FIN
	RENVOYER Vrai
