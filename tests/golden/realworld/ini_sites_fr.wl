// Configuration multi-sites dans un fichier INI : les sections sont les sites, chacune
// lue avec des valeurs par défaut (une clé absente garde la sienne), une valeur corrigée
// et réécrite, un nouveau site ajouté, puis la liste des sections et des mots-clés d'une
// section ; une clé écrite vide est retirée. Méthode b, FS 6 déc. 2026 : passe tel
// qu'écrit. Jumeau anglais ini_sites_en.wl.
STSite est une Structure
	Nom est une chaîne
	Serveur est une chaîne
	Port est un entier
	Délai est un réel
	Actif est un booléen
FIN

sIni est une chaîne = fRepTemp() + "\wl_sites_" + DonneIdentifiant() + ".ini"
fSauveTexte(sIni, "[Paris]" + RC + "Serveur=srv-par.local" + RC + "Port=8443" + RC + ...
	"Actif=1" + RC + RC + "[Lyon]" + RC + "Serveur = srv-lyo.local " + RC + "Délai=2.5" + RC + ...
	"; mis en commentaire" + RC + ";Port=1" + RC)

tabSites est un tableau de STSite
sSections est une chaîne = INILit("", "", "", sIni)
POUR TOUTE CHAÎNE sSection DE sSections SÉPARÉE PAR RC
	SI sSection = "" ALORS CONTINUER
	stSite est un STSite
	stSite.Nom = sSection
	stSite.Serveur = INILit(sSection, "Serveur", "localhost", sIni)
	stSite.Port = Val(INILit(sSection, "Port", "443", sIni))
	stSite.Délai = Val(INILit(sSection, "Délai", "30", sIni))
	stSite.Actif = (INILit(sSection, "Actif", "0", sIni) = "1")
	TableauAjoute(tabSites, stSite)
FIN
POUR TOUT stS DE tabSites
	Trace(stS.Nom, "[" + stS.Serveur + "]", stS.Port, stS.Délai, stS.Actif)
FIN
// expect: Paris, [srv-par.local], 8443, 30, 1
// expect: Lyon, [srv-lyo.local], 443, 2.5, 0
// Lyon devient actif sur le port 9443 ; Nantes est ajouté
INIEcrit("Lyon", "Actif", "1", sIni)
INIEcrit("Lyon", "Port", 9443, sIni)
INIEcrit("Nantes", "Serveur", "srv-nte.local", sIni)
Trace(Remplace(INILit("", "", "", sIni), RC, "|")) // expect: Paris|Lyon|Nantes
Trace(Remplace(INILit("Lyon", "", "", sIni), RC, "|")) // expect: Serveur|Délai|Actif|Port
Trace(INILit("Lyon", "Port", "", sIni), INILit("lyon", "port", "", sIni)) // expect: 9443, 9443
// une clé vidée est retirée (INIEcrit d'une valeur vide)
INIEcrit("Paris", "Port", "", sIni)
Trace("[" + INILit("Paris", "Port", "défaut", sIni) + "]") // expect: [défaut]
Trace(Remplace(fChargeTexte(sIni), RC, "|"))
// expect: [Paris]|Serveur=srv-par.local|Actif=1||[Lyon]|Serveur = srv-lyo.local |Délai=2.5|; mis en commentaire|;Port=1|Actif=1|Port=9443||[Nantes]|Serveur=srv-nte.local|
fSupprime(sIni)
