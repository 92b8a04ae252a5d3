// fSupprime avec * et ? dans le nom : chaque fichier du répertoire qui correspond est supprimé
rep est une chaîne = CompleteRep(fRepTemp()) + "wl_golden_fsupprime_" + Hasard(1, 999999999)
fRepCrée(rep)
fSauveTexte(rep + "/a.tmp", "1")
fSauveTexte(rep + "/b.tmp", "2")
fSauveTexte(rep + "/garde.txt", "3")
Trace(fSupprime(rep + "/*.tmp"))          // expect: 1
Trace(fFichierExiste(rep + "/a.tmp"), fFichierExiste(rep + "/garde.txt")) // expect: 0, 1
Trace(fSupprime(rep + "/*.tmp"), ErreurDétectée) // expect: 0, 1
Trace(fSupprime(rep + "/g?rde.*"))        // expect: 1
Trace(fRepSupprime(rep))                  // expect: 1
