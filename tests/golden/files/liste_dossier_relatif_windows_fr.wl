// fListeFichier sur un chemin à la Windows dont le dossier est relatif et écrit sans
// barre oblique inverse (`sRep + "\*.txt"`, sRep = "Factures") : les chemins sont le
// dossier tel qu'écrit, puis `\` et le nom ; ils revenaient avec le `/` de l'hôte.
sRep est une chaîne = "Factures_" + Hasard(1, 999999999)
fRepCrée(sRep)
fSauveTexte(sRep + "\a.txt", "A")
fSauveTexte(sRep + "\b.txt", "B")
sListe est une chaîne = fListeFichier(sRep + "\*.txt")
Trace(sListe = sRep + "\a.txt" + RC + sRep + "\b.txt") // expect: 1
POUR TOUTE CHAÎNE sFichier DE sListe SÉPARÉE PAR RC
	Trace(Remplace(sFichier, sRep + "\", "Archives\")) // expect: Archives\a.txt
	// expect: Archives\b.txt
FIN
Trace(fListeFichier(sRep + "\*.txt", Vu)) // expect: 1, a.txt
// expect: 1, b.txt
// expect: 2
fRepSupprime(sRep, frRécursif)

PROCÉDURE Vu(sDossier, sNom)
Trace(sDossier = sRep + "\", sNom)
RENVOYER Vrai
