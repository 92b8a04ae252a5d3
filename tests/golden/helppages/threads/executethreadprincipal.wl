// Page ExécuteThreadPrincipal (doc.pcsoft.fr ?1000019862) : son exemple, puis l'appel
// depuis un thread secondaire, pour lequel la page est écrite.
// Interagir avec l'utilisateur
UneRéponse est une chaîne
UneRéponse = ExécuteThreadPrincipal(ProcédureInteractionUtilisateur, "Message")
Trace(UneRéponse) // expect: réponse à Message
ThreadExécute("SECONDAIRE", threadNormal, DepuisThreadSecondaire)
ThreadAttend("SECONDAIRE")
// expect: réponse à depuis un thread
// les paramètres sont passés par valeur, comme la page le précise
nCompte est un entier = 1
ExécuteThreadPrincipal(AjouteUn, nCompte)
Trace(nCompte) // expect: 1
AjouteUn(nCompte)
Trace(nCompte) // expect: 2

PROCÉDURE ProcédureInteractionUtilisateur(sMessage)
RENVOYER "réponse à " + sMessage

PROCÉDURE DepuisThreadSecondaire()
Trace(ExecuteThreadPrincipal(ProcédureInteractionUtilisateur, "depuis un thread"))

PROCÉDURE AjouteUn(n)
n++
