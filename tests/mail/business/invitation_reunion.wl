// Invitation à une réunion : le fichier .ics est construit en mémoire et joint au mail
// (pas de fichier temporaire). Outlook, Thunderbird et Gmail l'affichent comme une
// invitation quand le type est text/calendar; method=REQUEST.
CONSTANTE
	SERVEUR_SMTP = "smtp.monentreprise.fr"
	ORGANISATEUR = "planning@monentreprise.fr"
FIN

STReunion est une Structure
	sSujet		est une chaîne
	sLieu		est une chaîne
	dhDebut		est une DateHeure
	duDuree		est une Durée
	tabInvites	est un tableau de chaînes
FIN

stR est un STReunion
stR.sSujet = "Revue budgétaire T1 ; arbitrages"
stR.sLieu = "Salle Émeraude, 3ᵉ étage"
stR.dhDebut = "20270115093000"
stR.duDuree = 1 h 30 min
TableauAjoute(stR.tabInvites, "claire.martin@monentreprise.fr")
TableauAjoute(stR.tabInvites, "jerome.petit@monentreprise.fr")

gsDerniereErreur est une chaîne
SI EnvoieInvitation(stR) ALORS
	Trace("Invitation envoyée à " + stR.tabInvites..Occurrence + " personnes")
SINON
	Trace("ÉCHEC : " + gsDerniereErreur)
FIN

// Échappe un texte pour une valeur iCalendar (RFC 5545, 3.3.11)
PROCÉDURE TexteICS(LOCAL sTexte est une chaîne) : chaîne
sTexte = Remplace(sTexte, "\", "\\")
sTexte = Remplace(sTexte, ";", "\;")
sTexte = Remplace(sTexte, ",", "\,")
RENVOYER Remplace(sTexte, RC, "\n")

// Date et heure au format iCalendar : 20270115T093000
PROCÉDURE DateHeureICS(dh est une DateHeure) : chaîne
RENVOYER DateVersChaîne(dh..PartieDate, "AAAAMMJJ") + "T" + HeureVersChaîne(dh..PartieHeure, "HHMMSS")

PROCÉDURE ConstruitICS(stR est un STReunion, sUID est une chaîne) : Buffer
dhFin est une DateHeure = stR.dhDebut
dhFin += stR.duDuree
sICS est une chaîne = "BEGIN:VCALENDAR" + RC + "VERSION:2.0" + RC + ...
	"PRODID:-//MonEntreprise//Planning//FR" + RC + "METHOD:REQUEST" + RC + "BEGIN:VEVENT" + RC
sICS += "UID:" + sUID + RC
sICS += "DTSTAMP:" + DateHeureICS(DateHeureSys()) + RC
sICS += "DTSTART:" + DateHeureICS(stR.dhDebut) + RC
sICS += "DTEND:" + DateHeureICS(dhFin) + RC
sICS += "SUMMARY:" + TexteICS(stR.sSujet) + RC
sICS += "LOCATION:" + TexteICS(stR.sLieu) + RC
sICS += "ORGANIZER:mailto:" + ORGANISATEUR + RC
POUR TOUT sInvite DE stR.tabInvites
	sICS += "ATTENDEE;RSVP=TRUE:mailto:" + sInvite + RC
FIN
sICS += "END:VEVENT" + RC + "END:VCALENDAR" + RC
RENVOYER ChaîneVersUTF8(sICS)

PROCÉDURE EnvoieInvitation(stR est un STReunion) : booléen
SI PAS EmailOuvreSessionSMTP(ORGANISATEUR, SERVEUR_SMTP) ALORS
	gsDerniereErreur = ErreurInfo(errMessage)
	RENVOYER Faux
FIN
mail est un Email
mail.Expéditeur = "Planning <" + ORGANISATEUR + ">"
POUR i = 1 _À_ stR.tabInvites..Occurrence
	mail.Destinataire[i] = stR.tabInvites[i]
FIN
mail.Sujet = "Invitation : " + stR.sSujet
mail.Message = "Vous êtes invité(e) à « " + stR.sSujet + " » le " + ...
	DateVersChaîne(stR.dhDebut..PartieDate, "JJ/MM/AAAA") + " à " + ...
	HeureVersChaîne(stR.dhDebut..PartieHeure, "HH:MM") + " (" + stR.sLieu + ")."
pj est un emailAttache
pj.Nom = "invitation.ics"
pj.Contenu = ConstruitICS(stR, DonneGUID(guidBrut) + "@monentreprise.fr")
pj.TypeContenu = "text/calendar; method=REQUEST; charset=UTF-8"
Ajoute(mail.Attache, pj)
bOK est un booléen = EmailEnvoieMessage(ORGANISATEUR, mail)
SI PAS bOK ALORS gsDerniereErreur = mail.Erreur
EmailFermeSession(ORGANISATEUR)
RENVOYER bOK
