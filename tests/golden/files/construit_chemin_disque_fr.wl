// fConstruitChemin / CompleteRep sur une lettre de disque seule et un nom qui commence par
// un séparateur (INFERRED, docs/builtins.md "fBuildPath") : `C:` prend `\` (il donnait
// `C:/`), et le séparateur du début du nom n'est pas doublé
Trace(CompleteRep("C:"), CompleteRep("D:\Données")) // expect: C:\, D:\Données\
Trace(fConstruitChemin("C:", "\Temp\fichier.txt")) // expect: C:\Temp\fichier.txt
Trace(fConstruitChemin("C:\Temp\", "\fichier", "txt")) // expect: C:\Temp\fichier.txt
Trace(fConstruitChemin("C:\Temp", "Sous\fichier", ".csv")) // expect: C:\Temp\Sous\fichier.csv
// sans répertoire, le nom reste tel qu'écrit
Trace(fConstruitChemin("", "\fichier.txt")) // expect: \fichier.txt
// un répertoire POSIX garde son séparateur
Trace(fConstruitChemin("/tmp", "fichier", "txt"), CompleteRep("c:/TEMP")) // expect: /tmp/fichier.txt, c:/TEMP/
