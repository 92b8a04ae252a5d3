// Mise à jour nocturne du catalogue fournisseur : le fichier CSV (plusieurs Mo) est
// téléchargé directement sur disque (HTTPDestination), son empreinte SHA-256 comparée à
// celle que publie le fournisseur, puis les prix importés. Un fichier abîmé n'est jamais
// importé : l'ancien catalogue reste en place.
CONSTANTE
	URL_FOURNISSEUR = "{url}/export/"
FIN

sDossier est une chaîne = "{dossier}"
sFichier est une chaîne = sDossier + "\catalogue_nouveau.csv"
sActuel est une chaîne = sDossier + "\catalogue.csv"

SI TelechargeCatalogue(sFichier) ALORS
	fSupprime(sActuel)
	fRenomme(sFichier, sActuel)
	Trace(ChaîneConstruit("catalogue à jour : %1 article(s)", CompteArticles(sActuel)))
SINON
	fSupprime(sFichier)
	Trace("catalogue inchangé")
FIN

PROCÉDURE TelechargeCatalogue(sFichier est une chaîne) : booléen
// 1. l'empreinte publiée : « <hex>  catalogue.csv »
SI PAS HTTPRequête(URL_FOURNISSEUR + "catalogue.csv.sha256") ALORS
	Trace("empreinte indisponible : " + ErreurInfo(errMessage))
	RENVOYER Faux
FIN
sAttendue est une chaîne = Minuscule(ExtraitChaîne(HTTPDonneRésultat(httpRésultat), 1, " "))
// 2. le fichier, écrit sur disque au fil de l'eau
HTTPDestination(sFichier)
SI PAS HTTPRequête(URL_FOURNISSEUR + "catalogue.csv") ALORS
	Trace("téléchargement interrompu : " + ErreurInfo(errMessage))
	RENVOYER Faux
FIN
sObtenue est une chaîne = Minuscule(BufferVersHexa(HashFichier(HA_SHA_256, sFichier), SansRegroupement, SansLigne))
SI sObtenue <> sAttendue ALORS
	Trace(ChaîneConstruit("empreinte différente (%1 octets reçus)", fTaille(sFichier)))
	RENVOYER Faux
FIN
RENVOYER Vrai

PROCÉDURE CompteArticles(sFichier est une chaîne) : entier
nNb est un entier
nFic est un entier = fOuvre(sFichier, foLecture)
SI nFic = -1 ALORS RENVOYER 0
fLitLigne(nFic)   // l'entête
sLigne est une chaîne = fLitLigne(nFic)
TANTQUE sLigne <> EOT   // fLitLigne renvoie EOT à la fin du fichier
	SI sLigne <> "" ALORS nNb++
	sLigne = fLitLigne(nFic)
FIN
fFerme(nFic)
RENVOYER nNb
