// POUR TOUT ... DepuisFin écrit dans l'élément comme le parcours dans l'ordre (il
// écrivait dans une copie) ; un élément que le corps déplace (TableauSupprime ou
// TableauInsère avant lui) reçoit la valeur là où il est allé, et aucun autre n'est écrasé.
tabQte est un tableau d'entiers = [1, 2, 3]
POUR TOUT nQte DE tabQte DEPUISFIN
    nQte = nQte * 10
FIN
Trace(TableauVersChaîne(tabQte, ","))   // expect: 10,20,30
taRang est un tableau associatif d'entiers
taRang["a"] = 1 ; taRang["b"] = 2
POUR TOUT nRang, sClé DE taRang DepuisFin
    nRang += 100
FIN
Trace(taRang["a"], taRang["b"])   // expect: 101, 102
tabNom est un tableau de chaînes = ["a", "b", "c", "d"]
POUR TOUT sNom DE tabNom
    SI sNom = "b" ALORS TableauSupprime(tabNom, 1)
    sNom = sNom + "!"
FIN
Trace(TableauVersChaîne(tabNom, ","))   // expect: b!,c,d!
tabCode est un tableau de chaînes = ["a", "b", "c"]
POUR TOUT sCode DE tabCode
    SI sCode = "b" ALORS TableauInsère(tabCode, 1, "z")
    sCode = Majuscule(sCode)
FIN
Trace(TableauVersChaîne(tabCode, ","))   // expect: z,A,B,C
