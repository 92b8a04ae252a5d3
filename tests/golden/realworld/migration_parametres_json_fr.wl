// (method b) Fichier de paramètres JSON avec un numéro de version, migré d'une version à
// la suivante jusqu'à la courante au démarrage : un JSON lu par fChargeTexte, TANTQUE et
// SELON sur sa version, une procédure par migration qui reconstruit le JSON (paramètre
// modifié par référence), POUR TOUT ÉLÉMENT valeur, clé, ..Existe, une copie .v1 du fichier
// avant de l'écraser. Passe tel qu'écrit. Jumeau anglais json_settings_migration_en.wl.
// v1 -> v2 : "serveur" devient "hote", le port (texte) devient un nombre
// v2 -> v3 : ajout de "delaiSecondes" (30 par défaut), "ancienMode" supprimé
CONSTANTE
	VERSION_COURANTE = 3
FIN
sFichier est une chaîne = fRepTemp() + "\wl_param_appli_" + Hasard(1, 99999999) + ".json"
fSauveTexte(sFichier, "{""version"": 1, ""serveur"": ""srv-compta"", ""port"": ""4900"", ""ancienMode"": true, ""utilisateurs"": [""ADM"", ""Léa""]}")

jParam est un JSON = fChargeTexte(sFichier)
nVersionLue est un entier = jParam.version
TANTQUE jParam.version < VERSION_COURANTE
	SELON jParam.version
		CAS 1 : MigreV1VersV2(jParam)
		CAS 2 : MigreV2VersV3(jParam)
		AUTRE CAS
			Trace("version inconnue " + jParam.version)
			SORTIR
	FIN
FIN
SI jParam.version <> nVersionLue ALORS
	fCopieFichier(sFichier, sFichier + ".v" + nVersionLue)
	fSauveTexte(sFichier, jParam)
	Trace("migré de la version " + nVersionLue + " à " + jParam.version) // expect: migré de la version 1 à 3
FIN
// relecture comme le fera l'application
jRelu est un JSON = fChargeTexte(sFichier)
Trace(fChargeTexte(sFichier)) // expect: {"version":3,"hote":"srv-compta","port":4900,"utilisateurs":["ADM","Léa"],"delaiSecondes":30}
Trace(jRelu.hote + ":" + (jRelu.port + 1), jRelu.delaiSecondes, jRelu.ancienMode..Existe, jRelu.serveur..Existe) // expect: srv-compta:4901, 30, 0, 0
Trace(jRelu.utilisateurs[2], jRelu.utilisateurs..Occurrence) // expect: Léa, 2
Trace(fFichierExiste(sFichier + ".v1")) // expect: 1
fSupprime(sFichier)
fSupprime(sFichier + ".v1")

PROCÉDURE MigreV1VersV2(j est un JSON)
// la v2 est reconstruite : les clés connues seulement
jNouveau est un JSON
jNouveau.version = 2
jNouveau.hote = j.serveur
jNouveau.port = Val(j.port)
jNouveau.ancienMode = j.ancienMode
jNouveau.utilisateurs = j.utilisateurs
j = jNouveau

PROCÉDURE MigreV2VersV3(j est un JSON)
jNouveau est un JSON
POUR TOUT ÉLÉMENT vValeur, sClé DE j
	SI sClé <> "ancienMode" ALORS jNouveau[sClé] = vValeur
FIN
SI PAS jNouveau.delaiSecondes..Existe ALORS jNouveau.delaiSecondes = 30
jNouveau.version = 3
j = jNouveau
