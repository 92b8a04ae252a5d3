// Les fonctions de la base de registres Windows se compilent et, à l'exécution,
// s'arrêtent sur une erreur qui nomme leur famille et ce qui garde les paramètres d'un
// programme hors de Windows (SauveParamètre, INIEcrit) ; elles disaient « a Windows
// API/DLL function ... DLLs cannot be called », ce qui n'aidait pas le développeur qui
// lit un paramètre (décidé, docs/builtins.md). Jumeau anglais : registry_functions_en.wl.
SauveParamètre("WLGoldenDernierExport", "20261206")
Trace(ChargeParamètre("WLGoldenDernierExport", "jamais")) // expect: 20261206
SupprimeParamètre("WLGoldenDernierExport")
SI RegistreExiste("HKEY_CURRENT_USER\Software\MaSociete\Compta") ALORS // expect error: RegistreExiste is a Windows registry function: not available outside Windows (the registry is Windows's own
	Trace("jamais")
FIN
