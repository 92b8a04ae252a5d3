// Un nom donné au paramètre `est une procédure` d'une procédure, qui ne nomme aucune
// procédure (ni variable), s'arrête là où il est écrit en le nommant, comme pour une
// fonction qui prend une procédure (threads/procedure_non_declaree_fr.wl).
Trace("avant") // expect: avant
AjouteEtape("courriel", EnvoieCouriel) // expect error: AjouteEtape: there is no procedure named 'EnvoieCouriel'; did you mean EnvoieCourriel?
Trace("jamais atteint")

PROCÉDURE AjouteEtape(sNom est une chaîne, p est une procédure)
Trace(sNom)
p()

PROCÉDURE EnvoieCourriel()
Trace("envoyé")
