// Page d'aide "Procédure d'extension" (?1514086, lue en anglais sur help.windev.com) avec
// les mots français : une procédure globale dont l'en-tête porte <extension> s'appelle
// comme une méthode du type de son premier paramètre ; les appels s'enchaînent ; Ceci est
// ce premier paramètre et WL.Fonction appelle la fonction standard qu'elle surcharge.
Texte est une chaîne = "a" + TAB + "b"
Trace(Texte.MaProcédurePerso())                 // expect: a    b
// Les appels de procédures d'extension peuvent s'enchaîner
Trace(Texte.MaProcédurePerso().Crie())          // expect: A    B!
Trace("abc".crie())                             // expect: ABC!
Trace(Texte.Majuscule())                        // expect: [A	B]
Trace(Majuscule("x"))                           // expect: [X]
Trace("ab".RépèteAvec(3, "-"))                  // expect: ab-ab-ab

PROCÉDURE MaProcédurePerso(s est une chaîne) <extension>
RENVOYER Remplace(s, TAB, "    ")

PROCÉDURE Crie(s est une chaîne) <extension>
// 'Ceci' désigne le premier paramètre
RENVOYER WL.Majuscule(Ceci) + "!"

PROCÉDURE Majuscule(s est une chaîne) <extension>
RENVOYER "[" + WL.Majuscule(Ceci) + "]"

PROCÉDURE RépèteAvec(s est une chaîne, n est un entier, sép est une chaîne) <extension>
sRésultat est une chaîne
BOUCLE (n)
	sRésultat += [sép] + s
FIN
RENVOYER sRésultat
