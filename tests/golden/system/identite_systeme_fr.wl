// Les noms système de la liste française de PC SOFT sans page stockée (décidés ;
// docs/builtins.md « System identity »)
Trace(SysVersion() <> "", VersionWINDEV() >= 28) // expect: 1, 1
Trace(SysNation() = nationAnglais OU SysNation() = nationFrançais) // expect: 1
Trace(SysChangeEnvironnement("WL_IDENTITE_TEST", "é"), SysEnvironnement("WL_IDENTITE_TEST")) // expect: 1, WL_IDENTITE_TEST=é
SYSCHANGEENVIRONNEMENT("WL_IDENTITE_TEST")
Trace("[" + SysEnvironnement("WL_IDENTITE_TEST") + "]") // expect: []
Trace(DateVersJourDeLaSemaine("20261202"), DateVersJourDeLaSemaine("20261207")) // expect: 3, 1
Trace(sCalculeCrc16("123456789"), sCalculeCrc16("0"), sCalculeCrc16("é")) // expect: 47933, 5120, 36545
Trace(URLExtraitChemin("ftp://hôte/pub/archive.tar.gz", fDisque)) // expect: ftp://hôte
Trace(URLExtraitChemin("ftp://hôte/pub/archive.tar.gz", fRépertoire + fFichier)) // expect: /pub/archive.tar
Trace(URLExtraitChemin("ftp://hôte/pub/archive.tar.gz", fExtension)) // expect: .gz
Trace(fRepGlobalCommun()) // expect: /var/lib
Trace(Droite(fRepGlobalUtilisateur(), 12)) // expect: .local/share
n est un entier = fOuvreFichierTemp()
fEcritLigne(n, "code=7")
fPositionne(n, 0, fpDébut)
t est un tableau de chaînes
Trace(fLitLigneExpressionRégulière(n, "code=([0-9])", t), t[1]) // expect: 1, 7
Trace(fLitLigneExpressionReguliere(n, ".*")) // expect: 0
fFerme(n)
RelanceProgramme() // expect error: RelanceProgramme
