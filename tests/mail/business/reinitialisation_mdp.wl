// Mot de passe oublié : un jeton à usage unique est envoyé par mail ; seule son empreinte
// (SHA-256) est gardée, avec sa date d'expiration (30 min). Code serveur, sans fenêtre.
CONSTANTE
	URL_SITE = "https://extranet.monentreprise.fr/reinitialisation"
	DUREE_VALIDITE = 30 // minutes
FIN

STDemande est une structure
	sEmpreinte	est une chaîne
	dhExpire	est une DateHeure
	bUtilisé	est un booléen
FIN
gtabDemandes est un tableau associatif de STDemande

gsDernierJeton est une chaîne // pour le test seulement : le jeton part par mail

SI PAS EmailOuvreSessionSMTP("noreply@monentreprise.fr", "smtp.monentreprise.fr", 25) ALORS
	Erreur("Serveur de messagerie indisponible", ErreurInfo())
	RETOUR
FIN
Trace(DemandeRéinitialisation("Jean.Dupont@Exemple.fr", "Jean Dupont"))
Trace(DemandeRéinitialisation("pas-une-adresse", "Personne"))
EmailFermeSession("noreply@monentreprise.fr")

Trace(VérifieJeton("jean.dupont@exemple.fr", "0000"))
Trace(VérifieJeton("jean.dupont@exemple.fr", gsDernierJeton))
Trace(VérifieJeton("jean.dupont@exemple.fr", gsDernierJeton)) // déjà utilisé

PROCÉDURE Empreinte(LOCAL sJeton est une chaîne) : chaîne
RENVOYER BufferVersHexa(HashChaîne(HA_SHA_256, sJeton))

PROCÉDURE DemandeRéinitialisation(LOCAL sAdresse est une chaîne, LOCAL sNom est une chaîne) : booléen
sAdresse = Minuscule(SansEspace(sAdresse))
SI EmailVérifieAdresse(sAdresse) <> emailAdresseValide ALORS
	Trace("Adresse refusée : " + sAdresse)
	RENVOYER Faux
FIN
sJeton est une chaîne = DonneGUID(guidBrut)
gsDernierJeton = sJeton
stD est un STDemande
stD.sEmpreinte = Empreinte(sJeton)
stD.dhExpire = DateHeureSys()
stD.dhExpire..Minute += DUREE_VALIDITE
gtabDemandes[sAdresse] = stD

sLien est une chaîne = URL_SITE + "?email=" + URLEncode(sAdresse) + "&jeton=" + sJeton
Email.Expéditeur = "Service clients <noreply@monentreprise.fr>"
Email.Destinataire[1] = sAdresse
Email.Sujet = "Réinitialisation de votre mot de passe"
Email.Message = ChaîneConstruit("Bonjour %1,%2%2Pour choisir un nouveau mot de passe, ouvrez ce lien (valable %3 minutes) :%2%4%2%2Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.", sNom, RC, DUREE_VALIDITE, sLien)
Email.HTML = "<p>Bonjour " + sNom + ",</p><p><a href=""" + sLien + """>Choisir un nouveau mot de passe</a></p>"
SI PAS EmailEnvoieMessage("noreply@monentreprise.fr") ALORS
	Trace("Envoi impossible : " + ErreurInfo(errMessage))
	RENVOYER Faux
FIN
RENVOYER Vrai

PROCÉDURE VérifieJeton(LOCAL sAdresse est une chaîne, LOCAL sJeton est une chaîne) : chaîne
SI PAS gtabDemandes[sAdresse]..Existe ALORS RENVOYER "inconnu"
stD est un STDemande = gtabDemandes[sAdresse]
SELON Vrai
	CAS stD.bUtilisé : RENVOYER "déjà utilisé"
	CAS DateHeureSys() > stD.dhExpire : RENVOYER "expiré"
	CAS Empreinte(sJeton) <> stD.sEmpreinte : RENVOYER "jeton faux"
FIN
gtabDemandes[sAdresse].bUtilisé = Vrai
RENVOYER "ok"
