// Page d'aide ExceptionChangeParamètre ?3034007 (pas d'exemple : sa syntaxe), avec les
// noms français : epExécuteProcédure lance la procédure donnée sur une erreur fatale du
// traitement ; sa réponse opFinTraitement termine le traitement, l'appelant continue ;
// epExécuteProcédureGénérale dans le code principal attrape ce qu'aucun traitement n'a
// attrapé, et opFinProgramme arrête le programme (code de sortie 1).
Trace("[" + Risqué() + "]")
// expect: traitée : 5
// expect: []
ExceptionChangeParamètre(epExécuteProcédureGénérale, ProcGlobale)
Profond()
// expect: procédure globale : 8
Trace("pas atteint")

PROCÉDURE Risqué()
ExceptionChangeParamètre(epExécuteProcédure, MaProc)
ExceptionDéclenche(5, "échec")
RENVOYER "pas atteint"

PROCÉDURE MaProc()
Trace("traitée : " + ExceptionInfo(errCode))
RENVOYER opFinTraitement

PROCÉDURE Profond()
ExceptionDéclenche(8, "échec profond")

PROCÉDURE ProcGlobale()
Trace("procédure globale : " + ExceptionInfo(errCode))
RENVOYER opFinProgramme
