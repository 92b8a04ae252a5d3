// Envoi du rapport du soir, pièces jointes en nombre variable (MesParamètres), par une
// variable emailSessionSMTP, avec Cc et Cci, écrit comme dans un projet WINDEV (méthode b,
// pas de page) : passe tel quel
sDossier est une chaîne = fRepTemp() + fSep() + "wl_rapport_" + Hasard(1, 999999999)
fRepCrée(sDossier)
fSauveTexte(sDossier + fSep() + "ventes.csv", "article;quantité" + RC + "thé;3")
fSauveTexte(sDossier + fSep() + "stock.txt", "stock du soir")

MaSession est un emailSessionSMTP
MaSession..AdresseServeur = "smtp.boutique.test"
MaSession..Nom = "rapports@boutique.test"
MaSession..Port = 25

SI EnvoyerRapport(MaSession, "Rapport du " + DateVersChaîne("20261205", "JJ/MM/AAAA"), sDossier + fSep() + "ventes.csv", sDossier + fSep() + "stock.txt") ALORS
	Trace("rapport envoyé") // expect: rapport envoyé
FIN
Trace(EnvoyerRapport(MaSession, "Rapport vide")) // expect: 0
Trace(EnvoyerRapport(MaSession, "Rapport cassé", sDossier + fSep() + "absent.pdf"), Position(ErreurInfo(errMessage), "absent.pdf' (No such file or directory)") > 0) // expect: 0, 1
fSupprime(sDossier + fSep() + "ventes.csv")
fSupprime(sDossier + fSep() + "stock.txt")
fRepSupprime(sDossier)
// expect mail count: 1
// expect mail: Subject: Rapport du 05/12/2026
// expect mail: Cc: compta@boutique.test

PROCÉDURE EnvoyerRapport(sess est un emailSessionSMTP, LOCAL sSujet est une chaîne, *)
	SI MesParamètres..Occurrence < 3 ALORS RENVOYER Faux
	m est un Email
	m..Expéditeur = sess..Nom
	m..Destinataire = "direction@boutique.test"
	Ajoute(m..Cc, "compta@boutique.test")
	Ajoute(m..Cci, "archives@boutique.test")
	m..Sujet = sSujet
	m..Message = "Ci-joint les fichiers du jour (" + (MesParamètres..Occurrence - 2) + ")."
	POUR i = 3 _À_ MesParamètres..Occurrence
		SI PAS EmailChargeFichierAttaché(m, MesParamètres[i]) ALORS RENVOYER Faux
	FIN
	SI PAS EmailOuvreSession(sess) ALORS RENVOYER Faux
	bOk est un booléen = EmailEnvoieMessage(sess, m)
	EmailFermeSession(sess)
	RENVOYER bOk
