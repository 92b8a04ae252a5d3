// issue 8 : les autres fonctions EnMode... (noms français de la liste de PC SOFT) ; un script
// en ligne de commande n'est ni une application mobile, ni un émulateur, ni un simulateur,
// ni Etats et Requêtes : Faux (docs/builtins.md, "Links, disks, run modes")
Trace(EnModeAppleWatch(), EnModeArrièrePlan(), EnModeArrierePlan, EnModeDeviceOwner(), EnModeEmulateurAndroid()) // expect: 0, 0, 0, 0, 0
Trace(EnModeEmulateurAppleWatch(), EnModeEmulateuriOS(), EnModeEtatsEtRequêtes(), EnModeFabrique(), EnModeKiosque()) // expect: 0, 0, 0, 0, 0
Trace(EnModeMCU(), EnModeMacCatalyst(), EnModeProcédureDifférée(), EnModeSessionPrélancée(), EnModeSimulateurAndroid()) // expect: 0, 0, 0, 0, 0
Trace(EnModeSimulateurAppleWatch(), EnModeSimulateurPHP(), EnModeSimulateurPocket(), EnModeSimulateurUniversalWindowsApp()) // expect: 0, 0, 0, 0
Trace(EnModeSimulateuriOS(), EnModeVGA(), EnModeWidget(), ENMODESESSIONPRELANCEE()) // expect: 0, 0, 0, 0
// EnModeTSE : une session Bureau à distance de Windows seulement (les tests tournent sous Linux)
SI EnModeLinux() ALORS Trace(EnModeTSE()) SINON Trace(0) // expect: 0
SI EnModeEmulateurAndroid() ALORS
	Trace("émulateur")
SINON
	Trace("ligne de commande") // expect: ligne de commande
FIN
