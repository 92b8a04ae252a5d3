// Page d'aide fRep (?3036056, la page anglaise fDir ; jumeau français écrit par nous) :
// ses quatre exemples, dans un dossier temporaire à la place de C:\ (sRacine tient la
// place de "C:" ; MonFichier.doc et un second .doc créés d'abord) ; les résultats sont
// ceux que sa syntaxe donne : le nom trouvé, avec son extension, sans son dossier ; ""
// sinon ; fRep("") donne la suivante. Nettoyé ensuite.
sRacine est une chaîne = fRepTemp() + fSep() + "wl_helppage_frep_" + Hasard(1, 999999999)
fRepCrée(sRacine + "\MonRépertoire")
fSauveTexte(sRacine + "\MonRépertoire\MonFichier.doc", "texte")
fSauveTexte(sRacine + "\MonRépertoire\Agenda.doc", "texte")
ResRecherche est une chaîne
// Recherche du fichier "C:\MonRépertoire\MonFichier.doc"
ResRecherche = fRep(sRacine + "\MonRépertoire\MonFichier.doc")
Trace(ResRecherche) // expect: MonFichier.doc
// Recherche du fichier "C:\MonRépertoire\MonFichier.doc"
ResRecherche = fRep(sRacine + "\MonRépertoire\MonFichier.doc", frFichier)
Trace(ResRecherche) // expect: MonFichier.doc
// Recherche du répertoire "C:\MonRépertoire\"
ResRecherche = fRep(sRacine + "\MonRépertoire\", frRépertoire)
Trace(ResRecherche) // expect: MonRépertoire
// Recherche du premier fichier ".doc" dans le répertoire "C:\MonRépertoire"
ResRecherche = fRep(sRacine + "\MonRépertoire\*.doc")
Trace(ResRecherche) // expect: Agenda.doc
Trace(frep("")) // expect: MonFichier.doc
Trace(fRep("") = "") // expect: 1
Trace(fRep(sRacine + "\Absent\*.*", frRepertoire) = "", ErreurDétectée) // expect: 1, 0
fRepSupprime(sRacine, frRécursif)
