// Noms français trouvés dans la liste des noms de PC SOFT (INFERRED, docs/builtins.md) ; les anciens noms restent acceptés
Trace("[" + SansEspace("  a b  ", sscGauche) + "]", "[" + SansEspace("  a b  ", sscDroite) + "]") // expect: [a b  ], [  a b]
Trace("[" + SansEspace("  a b  ", sscTout) + "]", sscGauche = sscDébut, sscDroite = sscFin) // expect: [ab], 1, 1
Trace(Tang(45), Tang(45) = Tangente(45)) // expect: 1, 1
Trace(tcDichotomique = tcDichotomie, duréeMillième = duréeMilli, DuréeVersChaîne(1500, duréeMillième)) // expect: 1, 1, 0000001500
Trace(cryptePaddingPKCS = crypteRemplissagePKCS, cryptePaddingZéro = crypteRemplissageZéro, encodePCS = encodePCSoft) // expect: 1, 1, 1
t est un tableau d'entiers = [1, 3, 5, 7]
Trace(TableauCherche(t, tcDichotomique, 5)) // expect: 3
