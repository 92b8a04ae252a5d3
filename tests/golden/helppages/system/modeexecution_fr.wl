// Page d'aide ModeExécution (?3013048) : son exemple tel qu'écrit (un script n'est jamais
// en mode test : ModePermissif s'applique ; la page ne donne pas de résultat, les Trace
// sont les nôtres), puis les constantes de sa syntaxe, enregistrées et relues en
// combinaison (valeurs nôtres, docs/builtins.md "Links, disks, run modes" ; sans effet
// sur l'exécution de wlinterp).
// Mode test ?
SI EnModeTest() = Vrai ALORS
	ModeExécution(ModeNormal)
SINON
	// On applique le mode de comportement de WINDEV 5.5
	// pour éviter l'affichage de certaines erreurs
	ModeExécution(ModePermissif)
FIN
Trace(ModeExécution() = ModePermissif)                   // expect: 1
nMode est un entier = ModeExécution(DésactiveExécutionOptimisée + AppelsExternesOptimisés + ForceDestructeurObjetNonDynamique)
Trace(ETBinaire(nMode, DésactiveExécutionOptimisée) <> 0)        // expect: 1
Trace(ETBinaire(nMode, AppelsExternesOptimisés) <> 0)            // expect: 1
Trace(ETBinaire(nMode, ForceDestructeurObjetNonDynamique) <> 0)  // expect: 1
Trace(ETBinaire(nMode, ModePermissif) <> 0)                      // expect: 0
nMode = ModeExécution(modeAncienFonctionnementDurée + DésactiveConversionAnsiUnicodeOptimisée)
Trace(nMode = ModeExécution())                                   // expect: 1
Trace(ETBinaire(nMode, modeAncienFonctionnementDurée) <> 0, ETBinaire(nMode, DésactiveConversionAnsiUnicodeOptimisée) <> 0)  // expect: 1, 1
Trace(ModeExécution(ModeNormal) = ModeNormal)                    // expect: 1
