// fInsèreTexteAuDébut n'est pas une fonction WLanguage : le billet de PC SOFT sur la
// marque UTF-8 (7 octobre 2020) la nomme comme troisième façon de l'écrire, mais la
// liste des fonctions de fichiers de PC SOFT ne l'a pas et aucune page d'aide stockée
// non plus (cherché le 6 déc. 2026, FS). Le message dit quoi écrire. Jumeau anglais
// finserttextatbeginning_other_name_en.wl.
sFichier est une chaîne = fRepTemp() + "\wl_debut.txt"
fSauveTexte(sFichier, "ligne 2")
fSauveTexte(sFichier, "ligne 1" + RC + fChargeTexte(sFichier))
Trace(Remplace(fChargeTexte(sFichier), RC, "|")) // expect: ligne 1|ligne 2
fSupprime(sFichier)
fInsèreTexteAuDébut(sFichier, "x") // expect error: Unknown procedure or function 'fInsèreTexteAuDébut'; aucune fonction WLanguage n'a ce nom (la liste des fonctions de fichiers de PC SOFT ne l'a pas) : un texte se met au début d'un fichier par fSauveTexte(f, sDébut + fChargeTexte(f))
