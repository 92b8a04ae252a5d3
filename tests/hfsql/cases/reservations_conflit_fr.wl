// (méthode b) Contrôle de conflit de réservation de salles sur des plages de dates,
// comme l'écrit un développeur WINDEV : HFiltre avec une condition composée (même
// salle ET début avant la fin demandée ET fin après le début demandé), HLitPremier puis
// HEnDehors ; la réservation n'est ajoutée que sans chevauchement. Les dates sont des
// rubriques Date comparées à leurs chiffres AAAAMMJJ.
gsMotif est une chaîne
DécrireRéservation()
HCréationSiInexistant(Reservation)
Trace(Réserver("Salle A", "20250106", "20250110", "Dupont"))    // expect: 1
Trace(Réserver("Salle A", "20250108", "20250112", "Martin"))    // expect: 0
Trace(gsMotif)                                                  // expect: Salle A déjà prise du 06/01/2025 au 10/01/2025 par Dupont
// la fin d'une réservation est le début de la suivante : pas de chevauchement
Trace(Réserver("Salle A", "20250110", "20250114", "Martin"))    // expect: 1
Trace(Réserver("Salle B", "20250107", "20250109", "Durand"))    // expect: 1
Trace(Réserver("salle a", "20250101", "20250131", "Bernard"))   // expect: 0
Trace(gsMotif)                                                  // expect: Salle A déjà prise du 06/01/2025 au 10/01/2025 par Dupont
Trace(Réserver("Salle B", "20250109", "20250107", "Petit"))     // expect: 0
Trace(gsMotif)                                                  // expect: dates inversées
nNb est un entier
POUR TOUT Reservation SUR Salle
	nNb++
FIN
Trace(nNb, HNbEnr(Reservation))                                 // expect: 3, 3

PROCÉDURE Réserver(LOCAL sSalle est une chaîne, LOCAL dDébut est une Date, LOCAL dFin est une Date, LOCAL sClient est une chaîne) : booléen
gsMotif = ""
SI dFin <= dDébut ALORS
	gsMotif = "dates inversées"
	RENVOYER Faux
FIN
sCondition est une chaîne = ChaîneConstruit("Salle = '%1' ET DateDebut < '%2' ET DateFin > '%3'", sSalle, dFin, dDébut)
HFiltre(Reservation, sCondition)
HLitPremier(Reservation)
SI PAS HEnDehors(Reservation) ALORS
	gsMotif = ChaîneConstruit("%1 déjà prise du %2 au %3 par %4", Reservation.Salle, DateVersChaîne(Reservation.DateDebut), DateVersChaîne(Reservation.DateFin), Reservation.Client)
	HDésactiveFiltre(Reservation)
	RENVOYER Faux
FIN
HDésactiveFiltre(Reservation)
HRAZ(Reservation)
Reservation.Salle = sSalle
Reservation.DateDebut = dDébut
Reservation.DateFin = dFin
Reservation.Client = sClient
RENVOYER HAjoute(Reservation)

PROCÉDURE DécrireRéservation()
fd est une Description de Fichier
r est une Description de Rubrique
fd..Nom = "Reservation"
r..Nom = "Salle"
r..Type = hRubriqueTexte
r..Taille = 30
r..TypeClé = hCléAvecDoublon
HDécritRubrique(fd, r)
r..Nom = "DateDebut"
r..Type = hRubriqueDate
HDécritRubrique(fd, r)
r..Nom = "DateFin"
r..Type = hRubriqueDate
r..TypeClé = hNonClé
HDécritRubrique(fd, r)
r..Nom = "Client"
r..Type = hRubriqueTexte
r..Taille = 40
HDécritRubrique(fd, r)
HDécritFichier(fd)
