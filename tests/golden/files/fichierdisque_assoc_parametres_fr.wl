// Des FichierDisque dans un tableau associatif (un journal par clé), passés en paramètre
// et renvoyés par une procédure (jumeau anglais diskfile_assoc_parameters_en.wl).
// `aaFichiers["log"].Crée(...)` sur une clé absente crée l'élément, comme une écriture :
// le fichier était ouvert dans une copie que personne ne gardait, et la boucle ne voyait
// rien (docs/builtins.md "The DiskFile type").
sRep est une chaîne = fRepTemp() + "\wl_dfp_" + Hasard(1, 999999999)
fRepCrée(sRep)
f est un FichierDisque
Trace(f.Crée(sRep + "\a.txt")) // expect: 1
EcritEntete(f, "FACTURES")
EcritLigneDe(f, "ligne 1")
Trace(f.Ferme()) // expect: 1
Trace(Remplace(fChargeTexte(sRep + "\a.txt"), RC, "|")) // expect: == FACTURES ==|ligne 1|
aaFichiers est un tableau associatif de FichierDisque
Trace(aaFichiers["log"].Crée(sRep + "\log.txt")) // expect: 1
Trace(aaFichiers["err"].Crée(sRep + "\err.txt")) // expect: 1
Trace(aaFichiers..Occurrence) // expect: 2
aaFichiers["log"].ÉcritLigne("ok")
aaFichiers["err"].ÉcritLigne("ko !")
POUR TOUT fx, sCle DE aaFichiers
	Trace(sCle, fx.Taille(), fx.Ferme()) // expect: log, 4, 1
	// expect: err, 6, 1
FIN
tabF est un tableau de FichierDisque
g est un FichierDisque
TableauAjoute(tabF, g)
Trace(tabF[1].Ouvre(sRep + "\a.txt", foLecture)) // expect: 1
POUR TOUT fy DE tabF
	Trace(fy.LitLigne(), fy.Ferme()) // expect: == FACTURES ==, 1
FIN
h est un FichierDisque = OuvreLecture(sRep + "\a.txt")
Trace(h.LitLigne(), h.Ferme()) // expect: == FACTURES ==, 1
fRepSupprime(sRep, frRécursif)

PROCÉDURE EcritEntete(fDest est un FichierDisque, sTitre est une chaîne)
fDest.ÉcritLigne("== " + sTitre + " ==")

PROCÉDURE EcritLigneDe(LOCAL fDest, sTexte)
fDest.ÉcritLigne(sTexte)

PROCÉDURE OuvreLecture(sChemin) : FichierDisque
fRes est un FichierDisque
fRes.Ouvre(sChemin, foLecture)
RENVOYER fRes
