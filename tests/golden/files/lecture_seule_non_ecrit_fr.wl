// Un fichier en lecture seule n'est pas écrasé, comme Windows le refuse : fSauveTexte,
// fSauveBuffer, fAjouteTexte, fCrée, fOuvre en écriture et fCopieFichier dessus échouent
// (Faux ou -1, ErreurDétectée, « Permission denied »), fChargeTexte et fOuvre en lecture
// le lisent toujours, et il s'écrit de nouveau une fois l'attribut retiré. Lancé par
// l'utilisateur root de la machine (un conteneur, une CI), le fichier était écrasé sans
// un mot (décidé, docs/builtins.md « Read-only files »). L'archive d'une période close
// verrouillée comme le fait le code WINDEV. Jumeau anglais : read_only_not_written_en.wl.
sRep est une chaîne = fRepTemp() + "\wl_golden_lectureseule_" + Hasard(1, 99999999)
fRepCrée(sRep)
sArchive est une chaîne = sRep + "\cloture_2025.csv"
fSauveTexte(sArchive, "411000;1200,00")
Trace(fAttributLectureSeule(sArchive, Vrai), fAttributLectureSeule(sArchive)) // expect: 0, 1
Trace(fSauveTexte(sArchive, "écrasé"), ErreurDétectée) // expect: 0, 1
Trace(Position(ErreurInfo(errMessage), "Permission denied") > 0) // expect: 1
Trace(fSauveBuffer(sArchive, "x"), fAjouteTexte(sArchive, "suite")) // expect: 0, 0
Trace(fCrée(sArchive), fOuvre(sArchive, foEcriture), fOuvre(sArchive, foAjout)) // expect: -1, -1, -1
fSauveTexte(sRep + "\brouillon.csv", "brouillon")
Trace(fCopieFichier(sRep + "\brouillon.csv", sArchive)) // expect: 0
Trace(fChargeTexte(sArchive)) // expect: 411000;1200,00
n est un entier = fOuvre(sArchive, foLecture)
Trace(fLitLigne(n)) // expect: 411000;1200,00
fFerme(n)
fAttributLectureSeule(sArchive, Faux)
Trace(fAjouteTexte(sArchive, ";ok"), fChargeTexte(sArchive)) // expect: 1, 411000;1200,00;ok
fRepSupprime(sRep, frRécursif)
