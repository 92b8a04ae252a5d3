// Migration des paramètres : l'ancien fichier INI devient un fichier JSON. Sections et
// clés lues par INILit("", "") et INILit(section, ""), les valeurs numériques gardées en
// nombres (EstNumérique, Val), un JSON écrit par membres dynamiques
// (vConfig[sSection][sCle]) et sauvé mis en forme (JSONVersChaîne psdMiseEnForme), puis
// relu par la nouvelle version (v.Connexion.Port, ..Type). Jumeau anglais :
// ini_to_json_migration_en.wl.
sBase est une chaîne = fRepTemp() + "\wl_golden_appli_" + Hasard(1, 99999999)
sIni est une chaîne = sBase + ".ini"
sJson est une chaîne = sBase + ".json"
fSauveTexte(sIni, "; paramètres de l'application" + RC + ...
	"[Connexion]" + RC + "Serveur=srv-compta" + RC + "Port=4900" + RC + "Base=Compta 2026" + RC + ...
	"[Affichage]" + RC + "Langue=fr" + RC + "Thème=Sombre" + RC + "TaillePolice=11" + RC + ...
	"[Export]" + RC + "Séparateur=;" + RC + "AvecEntête=1" + RC)

vConfig est un JSON
sSections est une chaîne = INILit("", "", "", sIni)
POUR TOUTE CHAÎNE sSection DE sSections SÉPARÉE PAR RC
	SI sSection = "" ALORS CONTINUER
	sCles est une chaîne = INILit(sSection, "", "", sIni)
	POUR TOUTE CHAÎNE sCle DE sCles SÉPARÉE PAR RC
		SI sCle = "" ALORS CONTINUER
		sValeur est une chaîne = INILit(sSection, sCle, "", sIni)
		SI EstNumérique(sValeur) ALORS
			vConfig[sSection][sCle] = Val(sValeur)
		SINON
			vConfig[sSection][sCle] = sValeur
		FIN
	FIN
FIN
fSauveTexte(sJson, JSONVersChaîne(vConfig, psdMiseEnForme))
Trace(fFichierExiste(sJson))

// relecture du JSON comme le fera la nouvelle version
vLu est un JSON = fChargeTexte(sJson)
Trace(vLu.Connexion.Serveur, vLu.Connexion.Port + 1, vLu.Connexion.Base)
Trace(vLu.Affichage.Thème, vLu.Affichage.TaillePolice * 2)
Trace(vLu.Export."Séparateur", vLu.Export.AvecEntête = 1)
Trace(vLu.Connexion.Port..Type = wlEntier, vLu.Connexion.Base..Type = wlChaîne)
sCompact est une chaîne = vLu
Trace(Gauche(sCompact, 46))
Trace(ChaîneOccurrence(fChargeTexte(sJson), RC) > 5)
fSupprime(sIni)
fSupprime(sJson)

// ce qu'il affiche
// expect: 1
// expect: srv-compta, 4901, Compta 2026
// expect: Sombre, 22
// expect: ;, 1
// expect: 1, 1
// expect: {"Connexion":{"Serveur":"srv-compta","Port":49
// expect: 1
