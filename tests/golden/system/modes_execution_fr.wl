// les fonctions EnMode... où un script en ligne de commande n'est jamais, et
// ModeExécution : les modes sont mémorisés et relus (docs/builtins.md)
Trace(EnModePHP(), EnModeSimulateur(), EnModeProcédureStockée(), EnModeProcedureStockee(), EnModeUniversalWindowsApp()) // expect: 0, 0, 0, 0, 0
Trace(EnModeAndroid(), enmodeios(), EnModeComposant(), EnModeJava(), EnModeWebservice()) // expect: 0, 0, 0, 0, 0
Trace(ModeExécution() = ModeNormal) // expect: 1
Trace(ModeExecution(ModePermissif + AppelsExternesOptimisés), ModeExécution()) // expect: 3, 3
Trace(ModeExécution(ModeNormal)) // expect: 0
