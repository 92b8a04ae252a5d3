// Compile ?3013015 (page française), syntaxes 1 et 3 : MonCodeSource tient lieu du champ
// où le code de la procédure est saisi (la page n'énonce aucun résultat : les nôtres)
Trace(CompileEtExécute("RENVOYER 6 * 7"))             // expect: 42
Trace(Gauche(CompileEtExécute("RENVOYER 6 *"), 6))   // expect: line 1
MonCodeSource est une chaîne = "RENVOYER ""formule"""
Formule est une procédure = Compile(MonCodeSource)
SI ErreurDétectée = Faux ALORS
	Trace(Formule())                                   // expect: formule
SINON
	Trace(ErreurInfo())
FIN

PROCÉDURE CompileEtExécute(MonCodeSource est une chaîne)
// Syntaxe 1 : Compilation dynamique d'une procédure globale
sRésultat est une chaîne
sRésultatCompile est une chaîne
sRésultatCompile = Compile("Proc_dynamique", MonCodeSource)
SELON sRésultatCompile
	CAS "" : sRésultat = ExécuteTraitement("Proc_dynamique", trtProcédure)
	CAS "ERR" : sRésultat = "Compilation impossible." + RC + ErreurInfo()
	AUTRE CAS : sRésultat = sRésultatCompile
FIN
RENVOYER sRésultat
