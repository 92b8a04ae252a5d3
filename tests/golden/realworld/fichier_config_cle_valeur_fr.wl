// (method b) Un fichier de configuration « clé = valeur » (.properties / .env) lu dans un
// tableau associatif (ccSansCasse) : commentaires # et ;, lignes vides, guillemets, espaces
// autour du =, un = dans la valeur, une clé répétée (la dernière gagne), sLigne[[1]] DANS
// (...), puis des entiers avec valeurs par défaut (..Existe, EstNumérique). Passe tel
// qu'écrit. Jumeau anglais key_value_config_file_en.wl.
sFichier est une chaîne = fRepTemp() + "\wl_conf_" + Hasard(1, 99999999) + ".conf"
fSauveTexte(sFichier, [
# Connexion à la base
SERVEUR = srv-prod
Port=4900
; ancien réglage
Utilisateur = "Adm Compta"
  DELAI_SECONDES   =   45
Chemin_Export="C:\Exports\Compta=2025"
port = 4901

ligne sans égal
]
)
taConf est un tableau associatif (ccSansCasse) de chaînes
nIgnorées est un entier
POUR TOUTE CHAÎNE sLigne DE fChargeTexte(sFichier) SÉPARÉE PAR RC
	sLigne = SansEspace(sLigne)
	SI sLigne = "" OU sLigne[[1]] DANS ("#", ";") ALORS CONTINUER
	nÉgal est un entier = Position(sLigne, "=")
	SI nÉgal = 0 ALORS
		nIgnorées++
		CONTINUER
	FIN
	sClé est une chaîne = SansEspace(Gauche(sLigne, nÉgal - 1))
	sValeur est une chaîne = SansEspace(Milieu(sLigne, nÉgal + 1))
	SI Taille(sValeur) >= 2 _ET_ sValeur[[1]] = """" _ET_ Droite(sValeur, 1) = """" ALORS
		sValeur = Milieu(sValeur, 2, Taille(sValeur) - 2)
	FIN
	taConf[sClé] = sValeur
FIN
Trace(taConf..Occurrence + " clés, " + nIgnorées + " ligne(s) ignorée(s)") // expect: 5 clés, 1 ligne(s) ignorée(s)
Trace(taConf["serveur"], taConf["PORT"], taConf["utilisateur"], taConf["chemin_export"]) // expect: srv-prod, 4901, Adm Compta, C:\Exports\Compta=2025
nPort est un entier = LitEntier(taConf, "Port", 4900)
nDélai est un entier = LitEntier(taConf, "delai_secondes", 30)
nTentatives est un entier = LitEntier(taConf, "tentatives", 3)
Trace(nPort + 1, nDélai, nTentatives) // expect: 4902, 45, 3
fSupprime(sFichier)

PROCÉDURE LitEntier(taValeurs est un tableau associatif de chaînes, sClé est une chaîne, nDéfaut est un entier) : entier
SI PAS taValeurs[sClé]..Existe ALORS RENVOYER nDéfaut
SI PAS EstNumérique(taValeurs[sClé]) ALORS RENVOYER nDéfaut
RENVOYER Val(taValeurs[sClé])
