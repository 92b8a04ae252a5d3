// Un fichier de configuration XML modifié sur place : réglages lus (éléments par
// « . », attributs par « . » et « : »), un attribut changé (« base:port = 4901 »), une
// section ajoutée quand `..Existe` dit qu'elle manque, XMLSauve puis relecture
// (XMLOuvre depuisFichier, chaîne multiligne [ ]). Méthode b, FS 6 déc. 2026 : passe
// tel qu'écrit. Jumeau anglais xml_config_in_place_en.wl.
// Fichier de configuration XML modifié sur place : on lit des réglages, on en change,
// on ajoute une section absente, on sauve et on relit.
sFichierConfig est une chaîne = fRepTemp() + "\wl_golden_config_appli_" + Hasard(1, 999999999) + ".xml"
fSauveTexte(sFichierConfig, [
<?xml version="1.0" encoding="UTF-8"?>
<configuration>
	<base serveur="srv-hf" port="4900">
		<nom>Comptabilité</nom>
		<utilisateur>admin</utilisateur>
	</base>
	<journal niveau="INFO">C:\Logs\appli.log</journal>
</configuration>
])

xDoc est un xmlDocument = XMLOuvre(sFichierConfig, depuisFichier)
SI ErreurDétectée ALORS
	Trace("Configuration illisible : " + ErreurInfo())
	RETOUR
FIN
Trace("Base : " + xDoc.configuration.base.nom + " sur " + xDoc.configuration.base.serveur + ":" + xDoc.configuration.base:port) // expect: Base : Comptabilité sur srv-hf:4900
// changement du port et du niveau de journal
xDoc.configuration.base:port = 4901
xDoc.configuration.journal:niveau = "DEBUG"
// section ajoutée si absente
SI PAS xDoc.configuration.messagerie..Existe ALORS
	xDoc.configuration.messagerie.serveur = "smtp.exemple.fr"
	xDoc.configuration.messagerie.serveur:port = 587
FIN
XMLSauve(xDoc, sFichierConfig)
// relecture pour contrôle
xRelu est un xmlDocument = XMLOuvre(sFichierConfig, depuisFichier)
Trace("Port : " + xRelu.configuration.base:port + ", niveau : " + xRelu.configuration.journal:niveau) // expect: Port : 4901, niveau : DEBUG
Trace("Messagerie : " + xRelu.configuration.messagerie.serveur + ":" + xRelu.configuration.messagerie.serveur:port) // expect: Messagerie : smtp.exemple.fr:587
Trace("Nom gardé : " + xRelu.configuration.base.nom) // expect: Nom gardé : Comptabilité
sTexte est une chaîne = fChargeTexte(sFichierConfig)
Trace(Position(sTexte, "Comptabilité") > 0, Position(sTexte, "C:\Logs\appli.log") > 0) // expect: 1, 1
fSupprime(sFichierConfig)
