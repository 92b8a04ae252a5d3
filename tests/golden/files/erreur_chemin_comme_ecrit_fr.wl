// L'erreur d'une fonction de fichier nomme le fichier comme le programme l'a écrit :
// `D:\Données\x.csv`, pas le chemin de l'hôte où il est placé (`/Données/x.csv`,
// docs/builtins.md "Windows paths on POSIX"). Avant, ErreurInfo montrait le chemin de
// l'hôte, que le programme n'a jamais écrit. (décidé le 5 déc. 2026 au soir)
sFichier est une chaîne = "D:\Données\Absent\écritures.csv"
nFic est un entier = fOuvre(sFichier, foLecture)
Trace(nFic, ErreurInfo()) // expect: -1, fOuvre: cannot open 'D:\Données\Absent\écritures.csv': No such file or directory.
fChargeTexte("D:\Données\Absent\absent.txt")
Trace(ErreurInfo()) // expect: fChargeTexte: cannot read 'D:\Données\Absent\absent.txt': No such file or directory.
fSupprime("C:\Temp\Absent\rien.txt")
Trace(ErreurInfo()) // expect: fSupprime: cannot delete 'C:\Temp\Absent\rien.txt': No such file or directory.
fCopieFichier("C:\Temp\Absent\rien.txt", "C:\Temp\Absent\b.txt")
Trace(ErreurInfo()) // expect: fCopieFichier: cannot copy 'C:\Temp\Absent\rien.txt': No such file.
fTaille("C:\Temp\Absent\rien.txt")
Trace(ErreurInfo()) // expect: fTaille: cannot read the size of 'C:\Temp\Absent\rien.txt': No such file or directory.
fDate("C:\Temp\Absent\rien.txt")
Trace(ErreurInfo()) // expect: fDate: cannot read the date of 'C:\Temp\Absent\rien.txt': No such file or directory.
HashFichier(HA_MD5, "D:\Données\Absent\écritures.csv")
Trace(ErreurInfo()) // expect: HashFichier: cannot read 'D:\Données\Absent\écritures.csv': No such file or directory.
rLecteur est un jsonLecteur = JSONOuvreLecteur("D:\Données\Absent\commande.json")
Trace(ErreurInfo()) // expect: JSONOuvreLecteur: cannot open 'D:\Données\Absent\commande.json': No such file or directory.
POUR CHAQUE rLecteur
	Trace("jamais : rien à parcourir")
FIN
fListeFichier("D:\Données\Absent\*.csv")
Trace(ErreurInfo()) // expect: fListeFichier: the folder 'D:\Données\Absent' does not exist.
fSupprime("D:\Données\Absent\*.tmp")
Trace(ErreurInfo()) // expect: fSupprime: the folder 'D:\Données\Absent' does not exist.
// un fichier d'un joker : sous le répertoire écrit
sRep est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_errchemin_" + Hasard(1, 999999999)
fRepCrée(sRep + "\Verrou")
fSauveTexte(sRep + "\Verrou\a.tmp", "a")
fAttribut(sRep + "\Verrou\a.tmp", "+R")
Trace(fSupprime(sRep + "\Verrou\*.tmp")) // expect: 0
Trace(Remplace(ErreurInfo(), sRep, "<rep>")) // expect: fSupprime: cannot delete '<rep>\Verrou\a.tmp': the file is read-only (frReadOnly deletes it).
fSupprime(sRep + "\Verrou\*.tmp", frLectureSeule)
// les erreurs d'un numéro de fichier nomment le chemin donné à fOuvre
nFic = fOuvre(sRep + "\Verrou\b.txt", foCréation)
fFerme(nFic)
nFic = fOuvre(sRep + "\Verrou\b.txt", foLecture)
Trace(fEcrit(nFic, "x")) // expect: -1
Trace(Remplace(ErreurInfo(), sRep, "<rep>")) // expect: fEcrit: cannot write to '<rep>\Verrou\b.txt': the file was not opened for writing (fOpen's mode).
fFerme(nFic)
fRepSupprime(sRep, frRécursif)
