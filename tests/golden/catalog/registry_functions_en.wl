// The Windows registry functions compile and, when they run, stop with an error naming
// their family and what keeps a program's settings outside Windows (SaveParameter,
// INIWrite); they said "a Windows API/DLL function ... DLLs cannot be called", which
// told a developer reading a setting nothing useful (decided, docs/builtins.md
// "Catalogued families"). French twin: fonctions_registre_fr.wl.
SaveParameter("WLGoldenLastExport", "20261206")
Trace(LoadParameter("WLGoldenLastExport", "never")) // expect: 20261206
DeleteParameter("WLGoldenLastExport")
sVersion is string = RegistryQueryValue("HKEY_CURRENT_USER\Software\MyCompany\Accounting", "LastExport") // expect error: RegistryQueryValue is a Windows registry function: not available outside Windows (the registry is Windows's own; a setting the program keeps for itself is written with SaveParameter / SauveParamètre and read with LoadParameter / ChargeParamètre
