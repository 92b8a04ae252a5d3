// `&x` donne l'adresse de x à du code qui écrit par elle (API, Transfert...) : x y est
// affectée, WL204 n'est pas dit d'elle. API ne marche que sous Windows (WL103) ;
// Transfert s'exécute (b7995504 : il copie des octets d'une variable à l'autre).
PROCÉDURE LitChaîne(pSource)
sTampon est une chaîne
nPtr est un entier système
Transfert(&nPtr, pSource, 8)
SI nPtr = 0 ALORS RENVOYER ""
API("kernel32", "lstrcpyA", &sTampon, nPtr) // error: WL103:1 API is a Windows API/DLL function: not available outside Windows (DLLs and the Windows API cannot be called).
RENVOYER sTampon
PROCÉDURE Oubliée()
nJamais est un entier // warning: WL204:1 'nJamais' is used but never assigned: it always holds its default value
RENVOYER nJamais
