// ExceptionChangeParamètre traite une erreur fatale dans les lignes qui le suivent, jusqu'à
// ExceptionRestaureParamètre ; epGotoCasException seulement avec une section CAS EXCEPTION.
// Une ligne avant l'appel, après une restauration, ou sous epGotoCasException sans cette
// section arrête l'exécution (« Division by zero. ») et check le dit (il se taisait sur tout
// le corps)
Avant()
Restaure()
SansSection()
Traite()

PROCÉDURE Avant()
Trace(1/0) // error: WL113:8 Division by zero
ExceptionChangeParamètre(epRetour)

PROCÉDURE Restaure()
ExceptionChangeParamètre(epRetour)
ExceptionRestaureParamètre()
Trace(1/0) // error: WL113:8 Division by zero

PROCÉDURE SansSection()
ExceptionChangeParamètre(epGotoCasException)
Trace(1/0) // error: WL113:8 Division by zero

PROCÉDURE Traite()
ExceptionChangeParamètre(epRetour)
Trace(1/0)
