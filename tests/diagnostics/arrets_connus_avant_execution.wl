// ce que l'exécution refuse et que les déclarations ou les littéraux disent avant : la
// vérification le dit à l'appel, avec les mots de l'exécution
taStock est un tableau associatif d'entiers
taStock["A12"] = 4
Trace(DateDifférence("2025", "20250101")) // error: WL115:7 DateDifférence: '2025' is not a valid date (expected YYYYMMDD)
Trace(datedifference("", "20250101")) // error: WL115:7 DateDifference: the date is empty
sLigne est une chaîne = "a;b;c"
Trace(ExtraitChaîne(sLigne, 0, ";")) // error: WL115:7 ExtraitChaîne: the rank must be at least 1 (got 0)
Trace(ExtraitChaine(sLigne, rangSuivant, ";"))
Trace(Val("1F", "q")) // error: WL115:7 Val: unknown format 'q' ("x" hexadecimal, "o" octal, "b" binary or "d" decimal)
Trace(Val("1F", "b"))
Trace(fListeRépertoire(".", "Absente")) // error: WL102:7 fListeRépertoire: there is no procedure named 'Absente'
Trace(fListeFichier("*.txt", "collecte"))
tabQté est un tableau d'entiers = [3, 1]
TableauTrie(tabQté, ttFonction, "Absente") // error: WL102:1 TableauTrie: there is no procedure named 'Absente'
TableauTrie(tabQté, ttFonction, "COLLECTE")

PROCÉDURE Collecte(sRep, sFichier)
RENVOYER Vrai
