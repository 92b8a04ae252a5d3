// SiVide n'est pas une fonction WLanguage (aucune page d'aide ne la nomme ; du vrai code
// appelle une procédure de son projet ainsi nommée)
sNom est une chaîne = ""
SI sNom = "" ALORS sNom = "inconnu"
Trace(sNom) // expect: inconnu
Trace(SiVide(sNom, "x")) // expect error: Unknown procedure or function 'SiVide'; aucune fonction WLanguage n'a ce nom (c'est une procédure d'un projet) : SI s = "" ALORS s = sDéfaut
