// Un ancien programme DOS (l'outil de virements d'une banque, une vieille paie) lit son
// fichier d'import dans la page de code OEM : l'export est construit en texte, changé en
// octets OEM par AnsiVersOem et sauvé comme buffer ; un fichier écrit par ce programme se
// relit avec OemVersAnsi. OEM est la page de code 850, ANSI Windows-1252 (INFERRED :
// aucune page stockée pour AnsiVersOem / OemVersAnsi ; docs/builtins.md "Encoding and
// hashing"). Les deux fonctions n'avaient pas de golden.
sFichier est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_oem_fr_" + Hasard(1, 999999999) + ".txt"
sExport est une chaîne = "VIR;Société Générale;Frédéric Müller;1250,00" + RC + "VIR;Crédit Agricole;Zoë Çelik;980,50" + RC
bufOem est un Buffer = AnsiVersOem(sExport)
Trace(Taille(bufOem) = Taille(sExport)) // expect: 1
Trace(BufferVersHexa(AnsiVersOem("éÉüçÇëà"), SansRegroupement, SansLigne)) // expect: 82908187808985
Trace(fSauveBuffer(sFichier, bufOem)) // expect: 1
bufLu est un Buffer = fChargeBuffer(sFichier)
Trace(Position(bufLu, "Soci" + Caract(130) + "t" + Caract(130)) > 0) // expect: 1
Trace(Position(bufLu, "Société") > 0) // expect: 0
sRetour est une chaîne = OemVersAnsi(bufLu)
Trace(sRetour = sExport) // expect: 1
POUR TOUTE CHAÎNE sLigne DE sRetour SÉPARÉE PAR RC
	SI sLigne = "" ALORS CONTINUER
	Trace(ExtraitChaîne(sLigne, 3, ";"), Val(Remplace(ExtraitChaîne(sLigne, 4, ";"), ",", ".")))
FIN
// expect: Frédéric Müller, 1250
// expect: Zoë Çelik, 980.5
// l'ASCII seul est le même dans les deux pages de code
Trace(AnsiVersOem("ABC-123") = "ABC-123", OemVersAnsi("ABC-123")) // expect: 1, ABC-123
fSupprime(sFichier)
