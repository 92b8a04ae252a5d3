// Configuration JSON fusionnée avec ses valeurs par défaut, comme un service WINDEV
// démarre : défauts construits en sous-éléments nommés d'un Variant, fichier lu par
// JSONVersVariant, procédure récursive qui parcourt les défauts (POUR TOUT ÉLÉMENT
// valeur, clé) et complète ce qui manque (`..Existe`) ; un fichier illisible donne les
// défauts (jumeau anglais config_defaults_merge_en.wl).
sRep est une chaîne = fRepTemp() + "\wl_cfg_" + Hasard(1, 999999999)
fRepCrée(sRep)
sFichierCfg est une chaîne = sRep + "\config.json"
fSauveTexte(sFichierCfg, "{""serveur"":{""hote"":""srv-prod"",""port"":8443},""journal"":{""niveau"":""DEBUG""},""modules"":[""compta"",""stock""],""tva"":20.0}")

vDefauts est un Variant
vDefauts.serveur.hote = "localhost"
vDefauts.serveur.port = 80
vDefauts.serveur.tls = Vrai
vDefauts.journal.niveau = "INFO"
vDefauts.journal.taille_max = 10
vDefauts.tva = 19.6

vCfg est un Variant = JSONVersVariant(fChargeTexte(sFichierCfg))
SI ErreurDétectée ALORS
	Trace("Configuration illisible : " + ErreurInfo())
	vCfg = vDefauts
FIN
Fusionne(vCfg, vDefauts)
Trace(vCfg.serveur.hote, vCfg.serveur.port, vCfg.serveur.tls) // expect: srv-prod, 8443, 1
Trace(vCfg.journal.niveau, vCfg.journal.taille_max) // expect: DEBUG, 10
Trace(vCfg.tva * 2) // expect: 40
Trace(vCfg.modules..Occurrence, vCfg.modules[2]) // expect: 2, stock
Trace(vCfg.absent..Existe, vCfg.serveur..Existe, vCfg.serveur.tls..Existe) // expect: 0, 1, 1
Trace(VariantVersJSON(vCfg.journal)) // expect: {"niveau":"DEBUG","taille_max":10}
// mauvaise configuration : valeurs par défaut
fSauveTexte(sFichierCfg, "{serveur: mal formé")
vCfg2 est un Variant = JSONVersVariant(fChargeTexte(sFichierCfg))
SI ErreurDétectée ALORS
	Trace("illisible") // expect: illisible
	vCfg2 = vDefauts
FIN
Trace(vCfg2.serveur.hote) // expect: localhost
fRepSupprime(sRep, frRécursif)

PROCÉDURE Fusionne(vCible est un Variant, vDefaut est un Variant)
POUR TOUT ÉLÉMENT vValeur, sCle DE vDefaut
	SI PAS vCible[sCle]..Existe ALORS
		vCible[sCle] = vValeur
	SINON SI TypeVar(vValeur) = wlVariant ALORS
		Fusionne(vCible[sCle], vValeur)
	FIN
FIN
