// (method b) Un réglage cherché dans l'ordre : variable d'environnement WL_COMPTA_<CLÉ>
// (SysEnvironnement rend la ligne « NOM=valeur », VERIFIED ?3073014), section de
// l'utilisateur de l'INI (« [Utilisateur:lea] »), section [Défaut], puis la valeur du
// programme ; la source est rendue par un paramètre (passé par référence), une CONSTANTE
// locale sert de marque « pas trouvé ». Passe tel qu'écrit. Jumeau anglais
// setting_lookup_chain_en.wl.
sIni est une chaîne = fRepTemp() + "\wl_reglages_" + Hasard(1, 99999999) + ".ini"
fSauveTexte(sIni, "[Défaut]" + RC + "Imprimante=PDF" + RC + "Lignes=50" + RC + "[Utilisateur:lea]" + RC + "Lignes=80" + RC)
sUtilisateur est une chaîne = "lea"
POUR TOUT sClé DE ["Imprimante", "Lignes", "Langue", "Chemin"]
	sSource est une chaîne
	sValeur est une chaîne = Réglage(sIni, sUtilisateur, sClé, sSource)
	Trace(sClé + " = " + sValeur + " (" + sSource + ")") // expect: Imprimante = PDF (défaut de l'INI)
// expect: Lignes = 80 (utilisateur lea)
// expect: Langue = fr (valeur du programme)
// expect: Chemin =  (valeur du programme)
FIN
fSupprime(sIni)

PROCÉDURE Réglage(sFichierIni, sUtil, sClé, sSource)
CONSTANTE
	PAS_TROUVÉ = "§§"
FIN
// SysEnvironnement rend la ligne « NOM=valeur »
sLigneEnv est une chaîne = SysEnvironnement("WL_COMPTA_" + Majuscule(sClé))
SI sLigneEnv <> "" ALORS
	sSource = "environnement"
	RENVOYER Milieu(sLigneEnv, Position(sLigneEnv, "=") + 1)
FIN
sTrouvé est une chaîne = INILit("Utilisateur:" + sUtil, sClé, PAS_TROUVÉ, sFichierIni)
SI sTrouvé <> PAS_TROUVÉ ALORS
	sSource = "utilisateur " + sUtil
	RENVOYER sTrouvé
FIN
sTrouvé = INILit("Défaut", sClé, PAS_TROUVÉ, sFichierIni)
SI sTrouvé <> PAS_TROUVÉ ALORS
	sSource = "défaut de l'INI"
	RENVOYER sTrouvé
FIN
sSource = "valeur du programme"
SELON Minuscule(sClé)
	CAS "langue" : RENVOYER "fr"
	AUTRE CAS : RENVOYER ""
FIN
