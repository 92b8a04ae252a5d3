// une variable locale nommée avant sa déclaration : WL101, le nom tel qu'il est écrit
Compte()

PROCÉDURE Compte()
SI bPrêt ALORS Trace("prêt") // error: WL101:4 'bPrêt' is used before its declaration
bPrêt est un booléen = Vrai
Trace(bPrêt)
sNoms += "a" // error: WL101:1 'sNoms' is assigned before its declaration
sNoms est une chaîne
Trace(sNoms)
