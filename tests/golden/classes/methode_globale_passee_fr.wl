// Une méthode GLOBALE nommée par sa classe sans parenthèses là où une fonction attend
// une procédure (CClasse::MéthodeGlobale) est passée, comme le nom d'une procédure :
// l'exemple de ThreadExécute (?3077024) lance un thread sur l'une d'elles (elle était
// appelée aussitôt, avant le thread, et son résultat donné à ThreadExécute).
CClasse est une Classe
    GLOBAL
        s_journal est une chaîne
FIN
ThreadExécute("Thread2", threadNormal, CClasse::MéthodeGlobale)
Trace("lancé") // expect: lancé
ThreadAttend("Thread2")
Trace(CClasse::s_journal) // expect: méthode globale
PROCÉDURE GLOBALE CClasse::MéthodeGlobale()
ThreadPause(5)
CClasse::s_journal = "méthode globale"
